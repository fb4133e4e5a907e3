{ config, lib, ... }:
{
  system.stateVersion = "25.05";
  networking.hostName = "ledger";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "ens3";
  };

  hostServices.feeds.enable = true;
  hostServices.chat.enable = true;
  hostServices.mirror.enable = false;
}
