{ config, mode, operator, ... }:
{
  assertions = [
    { assertion = mode == "NixOS" && operator == "ops"; message = "soxin's special arguments"; }
  ];

  containers.mirror = {
    autoStart = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "22.05";
    };
  };

  networking.hostName = "relay";
  boot.loader.grub.devices = [ "/dev/vda" ];
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "22.05";
}
