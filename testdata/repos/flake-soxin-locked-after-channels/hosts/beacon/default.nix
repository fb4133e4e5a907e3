{ mode, ... }:
{
  boot.isContainer = true;
  networking.hostName = "beacon";
  containers.tiles = {
    autoStart = mode == "NixOS";
    config.system.stateVersion = "25.05";
  };
  system.stateVersion = "25.05";
}
