# the default is the value when nothing is defined
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 42; };
}
