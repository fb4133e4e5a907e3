# mkForce (50) beats plain definitions
{ lib, ... }:
{
  imports = [ { a = 1; } { a = 2; } ];
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = lib.mkForce 3;
}
