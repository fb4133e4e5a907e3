{ lib, ... }:
{
  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = lib.site.uplink;
  };
  containers.web = lib.site.webContainer "10.60.0.2";
}
