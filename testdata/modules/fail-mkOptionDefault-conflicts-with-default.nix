# mkOptionDefault conflicts with the option default (both 1500)
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
  config.a = lib.mkOptionDefault 2;
}
