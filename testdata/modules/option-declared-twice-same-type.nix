# one option declared twice with the same type
{ lib, ... }:
{
  imports = [ { options.a = lib.mkOption { type = lib.types.int; }; } ];
  options.a = lib.mkOption { type = lib.types.int; default = 3; };
}
