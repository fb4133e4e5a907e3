# mkIf false leaves the default
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 0; };
  config.a = lib.mkIf false 1;
}
