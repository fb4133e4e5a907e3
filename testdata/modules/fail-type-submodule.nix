# types.submodule rejects an int
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 1; }; };
  };
  config.s = 1;
}
