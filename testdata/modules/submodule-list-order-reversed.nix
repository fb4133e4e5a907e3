# inside a submodule, list definitions from different modules come out
# in reverse module order
{ lib, ... }:
{
  imports = [ { s.l = [ "import-1" ]; } { s.l = [ "import-2" ]; } ];
  options.s = lib.mkOption {
    type = lib.types.submodule {
      options.l = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    };
  };
  config.s.l = [ "case" ];
}
