{ config, pkgs, ... }:
{
  networking.hostName = "edge";
  system.stateVersion = "25.11";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };
  environment.systemPackages = [ pkgs.git ];
}
