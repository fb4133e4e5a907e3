# mkBefore still sorts inside a submodule
{ lib, ... }:
{
  imports = [ { s.l = lib.mkBefore [ "before" ]; } { s.l = [ "import" ]; } ];
  options.s = lib.mkOption {
    type = lib.types.submodule {
      options.l = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    };
  };
  config.s.l = [ "case" ];
}
