# mkOptionDefault is a value when nothing else is defined
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = lib.mkOptionDefault 1;
}
