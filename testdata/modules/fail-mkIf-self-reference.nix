# a whole-config mkIf reading an option it may define: infinite recursion
{ config, lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.bool; default = true; };
  config = lib.mkIf config.a { a = false; };
}
