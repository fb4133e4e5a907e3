# The container names its metrics directory after the host (its configuration reads the
# host's), and the host mounts a disk there and lets the proxy container reach its SSH
# port: each read gives what the container's own configuration sets.
{ config, lib, ... }:
let
  metrics = config.containers.metrics.config;
in
{
  system.stateVersion = "25.05";
  networking.hostName = "rack7";

  containers.metrics = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.5.1";
    localAddress = "10.233.5.2";
    bindMounts."/var/lib/${metrics.services.prometheus.stateDir}" = {
      hostPath = "/mnt/metrics";
      isReadOnly = false;
    };
    forwardPorts = [
      { hostPort = 2207; containerPort = lib.head metrics.services.openssh.ports; }
    ];
    config = {
      services.prometheus.enable = true;
      services.prometheus.stateDir = "prometheus-${config.networking.hostName}";
      services.openssh.enable = true;
      services.openssh.ports = [ 2222 ];
      system.stateVersion = "25.05";
    };
  };

  networking.firewall.allowedTCPPorts = [ 2207 ];
}
