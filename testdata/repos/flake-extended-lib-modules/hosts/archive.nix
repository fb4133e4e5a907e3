{ lib, ... }:
{
  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-web" ];
    externalInterface = lib.site.uplink;
  };
}
