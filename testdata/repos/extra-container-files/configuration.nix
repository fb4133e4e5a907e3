# The machine the containers of containers/ are started on with extra-container: it
# imports none of them (`extra-container create` builds them apart from the system).
{ pkgs, ... }:
{
  boot.loader.systemd-boot.enable = true;
  fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };
  networking.hostName = "bench";
  environment.systemPackages = [ pkgs.extra-container ];
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  system.stateVersion = "25.11";
}
