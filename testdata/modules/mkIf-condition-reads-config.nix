# conditions may read config: the laziness that mkIf exists for
{ config, lib, ... }:
{
  options.enable = lib.mkEnableOption "web";
  options.ports = lib.mkOption { type = lib.types.listOf lib.types.port; default = [ ]; };
  config.enable = true;
  config.ports = lib.mkIf config.enable [ 80 443 ];
}
