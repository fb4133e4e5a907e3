# a definition of an undeclared option under mkIf false is still an error
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 0; };
  config = lib.mkIf false { undeclared = 1; };
}
