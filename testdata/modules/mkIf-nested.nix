# mkIf inside mkIf: both conditions must hold
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 0; };
  options.b = lib.mkOption { type = lib.types.int; default = 0; };
  config.a = lib.mkIf true (lib.mkIf true 1);
  config.b = lib.mkIf true (lib.mkIf false 1);
}
