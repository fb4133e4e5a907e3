# mkForce on a set is pushed down to each attribute
{ lib, ... }:
{
  imports = [ { s = { x = 1; y = 2; }; } ];
  options.s.x = lib.mkOption { type = lib.types.int; };
  options.s.y = lib.mkOption { type = lib.types.int; };
  options.s.z = lib.mkOption { type = lib.types.int; default = 0; };
  config.s = lib.mkForce { x = 10; z = 30; };
}
