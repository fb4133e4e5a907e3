{ lib, ... }:
{
  networking.hostName = "relay";
  fileSystems."/".device = "/dev/disk/by-label/nixos";

  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = lib.fleet.addressOf "proxy";
    config.system.stateVersion = "25.05";
  };

  containers.cache_01.config = { };

  system.stateVersion = "25.05";
}
