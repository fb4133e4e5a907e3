# submodule modules receive lib
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule ({ lib, ... }: {
      options.a = lib.mkOption { type = lib.types.str; default = lib.toUpper "up"; };
    });
    default = { };
  };
}
