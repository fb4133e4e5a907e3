# submodule with default = { }: its options' defaults
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 1; }; };
    default = { };
  };
}
