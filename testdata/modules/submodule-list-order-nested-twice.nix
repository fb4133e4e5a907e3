# two submodule levels: the order reverses twice
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.t = lib.mkOption {
        type = lib.types.submodule {
          options.l = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
        };
        default = { };
      };
    });
  };
  config.s.web = lib.mkMerge [ { t.l = [ "1" ]; } { t.l = [ "2" ]; } { t.l = [ "3" ]; } ];
}
