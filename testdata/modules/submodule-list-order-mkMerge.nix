# `s = mkMerge [ ... ]` on a submodule value: the list comes out reversed
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.l = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    });
  };
  config.s.web = lib.mkMerge [ { l = [ "1" ]; } { l = [ "2" ]; } { l = [ "3" ]; } ];
}
