# a definition for an undeclared option
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
  config.b = 2;
}
