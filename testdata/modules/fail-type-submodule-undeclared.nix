# an undeclared option inside a submodule
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 1; }; };
  };
  config.s.b = 2;
}
