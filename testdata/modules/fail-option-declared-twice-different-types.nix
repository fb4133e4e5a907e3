# one option declared with two different types
{ lib, ... }:
{
  imports = [ { options.a = lib.mkOption { type = lib.types.str; }; } ];
  options.a = lib.mkOption { type = lib.types.int; };
}
