# two mkForce conflict like plain definitions
{ lib, ... }:
{
  imports = [ { a = lib.mkForce "x"; } ];
  options.a = lib.mkOption { type = lib.types.str; };
  config.a = lib.mkForce "y";
}
