# a type error inside a submodule names the full option path
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; }; };
  };
  config.s.a = "one";
}
