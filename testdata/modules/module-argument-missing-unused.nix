# a module argument nobody provides is only an error when used
{ lib, nonexistentArgument, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
}
