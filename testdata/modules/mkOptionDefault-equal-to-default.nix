# mkOptionDefault and the default have the same priority: equal ints merge
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
  config.a = lib.mkOptionDefault 1;
}
