{ lib, ... }:
{
  networking.hostName = "relay";

  containers.gopher = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = lib.site.addressOf 1;
    localAddress = lib.site.addressOf 70;
    forwardPorts = [
      {
        hostPort = 70070;
        containerPort = 70;
      }
    ];
    config = {
      networking.firewall.allowedTCPPorts = [ 70 ];
      system.stateVersion = "25.11";
    };
  };

  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.11";
}
