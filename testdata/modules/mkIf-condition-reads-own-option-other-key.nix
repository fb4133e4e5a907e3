# a mkIf on a whole set can read an option the set does not define
{ config, lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
  options.b = lib.mkOption { type = lib.types.int; default = 0; };
  config = lib.mkIf (config.a == 1) { b = 2; };
}
