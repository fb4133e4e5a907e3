{ inputs, config, ... }:
{
  imports = [ ../../modules/nat.nix ];
  clan.core.networking.targetHost = "root@media.lan";
  networking.hostName = "media";
  system.stateVersion = "25.05";

  containers.photos = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "192.168.100.10";
    localAddress = "192.168.100.11";
    forwardPorts = [ { hostPort = 2283; containerPort = 2283; } ];
    bindMounts."/var/lib/immich" = {
      hostPath = "/srv/photos";
      isReadOnly = false;
    };
    config = {
      services.immich = {
        enable = true;
        host = "0.0.0.0";
        openFirewall = true;
      };
      system.stateVersion = "25.05";
    };
  };
}
