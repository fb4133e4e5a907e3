{ lib, ... }:
{
  time.timeZone = "UTC";
  fileSystems."/" = lib.mkDefault { device = "/dev/sda1"; };
  boot.loader.grub.devices = lib.mkDefault [ "/dev/sda" ];
  system.stateVersion = "25.11";
}
