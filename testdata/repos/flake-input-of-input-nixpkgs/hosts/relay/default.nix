{ lib, ... }:
{
  system.stateVersion = "25.11";
  boot.loader.grub.devices = [ "/dev/vda" ];
  fileSystems."/".device = "/dev/vda1";

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "ens3";
  };

  containers.matrix = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    forwardPorts = [ { hostPort = 8448; containerPort = 8448; } ];
    config = { ... }: {
      system.stateVersion = "25.11";
      services.matrix-synapse.enable = true;
      networking.firewall.allowedTCPPorts = [ 8448 ];
    };
  };
}
