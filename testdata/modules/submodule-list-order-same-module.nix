# inside one submodule definition, a list keeps its own order
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule {
      options.l = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    };
  };
  config.s.l = [ "1" "2" "3" ];
}
