{ config, lib, nodes, ... }:
{
  deployment.targetHost = "front.${config.networking.domain}";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";

  containers.storefront = {
    autoStart = true;
    forwardPorts = [ { hostPort = 443; containerPort = 8443; } ];
    config = { ... }: {
      system.stateVersion = "25.05";
      networking.firewall.allowedTCPPorts = [ 8443 ];
    };
  };
}
