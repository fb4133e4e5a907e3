# several definitions of one submodule value merge
{ lib, ... }:
{
  imports = [ { s.l = [ "imported" ]; } ];
  options.s = lib.mkOption {
    type = lib.types.submodule {
      options.a = lib.mkOption { type = lib.types.int; default = 0; };
      options.l = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    };
  };
  config.s = { a = 1; l = [ "case" ]; };
}
