# mkIf true defines
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 0; };
  config.a = lib.mkIf true 1;
}
