{ lib, ... }:
{
  boot.loader.systemd-boot.enable = true;
  fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };
  networking.interfaces.eth0.useDHCP = lib.mkDefault true;
}
