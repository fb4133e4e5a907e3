{ lib, ... }:
{
  fileSystems."/" = lib.mkDefault { device = "/dev/sda1"; };
  boot.loader.grub.devices = [ "/dev/sda" ];
  system.stateVersion = "25.11";
}
