# a module argument nobody provides, used
{ lib, nonexistentArgument, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = nonexistentArgument; };
}
