# Transcoding needs memory: where the host runs its own Jellyfin, the media container
# gets less.
{ config, lib, ... }:
{
  systemd.services = lib.mkIf config.services.jellyfin.enable {
    jellyfin.serviceConfig.Nice = 5;
    "container@media".serviceConfig.MemoryMax = "1G";
  };
}
