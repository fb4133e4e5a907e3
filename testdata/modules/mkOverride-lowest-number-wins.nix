# mkOverride 10 beats mkForce (50)
{ lib, ... }:
{
  imports = [ { a = lib.mkForce 1; } ];
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = lib.mkOverride 10 2;
}
