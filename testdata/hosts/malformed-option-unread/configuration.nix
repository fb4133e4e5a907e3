{ config, ... }:
{
  imports = [ ./watchdog.nix ];
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.05";

  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.1.0.1";
    localAddress = "10.1.0.2";
    config = { services.nginx.enable = true; };
  };
}
