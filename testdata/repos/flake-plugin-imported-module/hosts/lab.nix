{ config, ... }:
{
  system.stateVersion = "25.11";
  networking.hostName = "lab";
  site.interfaces.enp1s0.ipv4.addresses = [
    {
      address = "192.168.4.20";
      prefixLength = 24;
    }
  ];
  # No module defines eth0 here: NixOS stops with "attribute 'eth0' missing".
  networking.interfaces = {
    inherit (config.site.interfaces) eth0;
  };
  containers.lab = {
    autoStart = true;
    config.system.stateVersion = "25.11";
  };
}
