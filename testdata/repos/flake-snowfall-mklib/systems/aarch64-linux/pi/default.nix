{ config, lib, site, host, ... }:
{
  containers.${site} = {
    privateNetwork = true;
    hostAddress = config.site.gateway;
    localAddress = lib.internal.siteAddress site 2;
    config = { system.stateVersion = "25.11"; };
  };
  containers."${host}_tools" = {
    privateNetwork = true;
    hostAddress = lib.internal.siteAddress site 1;
    localAddress = lib.internal.siteAddress site 3;
    config = { system.stateVersion = "25.11"; };
  };
  boot.loader.generic-extlinux-compatible.enable = true;
  fileSystems."/".device = "/dev/mmcblk0p2";
  system.stateVersion = "25.11";
}
