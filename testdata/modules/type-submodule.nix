# types.submodule: an option set as a value
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule {
      options.a = lib.mkOption { type = lib.types.int; default = 1; };
      options.b = lib.mkOption { type = lib.types.str; };
    };
  };
  config.s.b = "x";
}
