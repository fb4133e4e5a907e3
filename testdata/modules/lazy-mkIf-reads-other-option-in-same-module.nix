# a module's mkIf reads an option the same module defines unconditionally
{ config, lib, ... }:
{
  options.enable = lib.mkEnableOption "x";
  options.v = lib.mkOption { type = lib.types.str; default = "off"; };
  config = lib.mkMerge [
    { enable = true; }
    (lib.mkIf config.enable { v = "on"; })
  ];
}
