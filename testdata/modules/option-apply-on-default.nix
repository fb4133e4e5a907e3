# apply also applies to the default
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.str; default = "x"; apply = lib.toUpper; };
}
