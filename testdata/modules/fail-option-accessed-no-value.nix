# an option without default and without definition
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.str; };
}
