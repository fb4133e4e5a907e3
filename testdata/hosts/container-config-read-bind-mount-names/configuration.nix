# Bind mounts named by where the container keeps its services' state, read back from the
# container's own configuration: the attribute names themselves depend on it, and the
# container is written with NixOS's paths (`/var/lib/grafana`, `/var/lib/prometheus2`).
{ config, ... }:
let
  lokiDir = "/var/lib/loki";
in
{
  system.stateVersion = "25.05";

  containers.observe = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.7.1";
    localAddress = "10.233.7.2";
    bindMounts = {
      ${config.containers.observe.config.services.grafana.dataDir} = {
        hostPath = "/pool/observe/grafana";
        isReadOnly = false;
      };
      "/var/lib/${config.containers.observe.config.services.prometheus.stateDir}" = {
        hostPath = "/pool/observe/prometheus";
        isReadOnly = false;
      };
      ${lokiDir} = {
        hostPath = "/pool/observe/loki";
        isReadOnly = false;
      };
    };
    config = {
      services.grafana.enable = true;
      services.prometheus.enable = true;
      services.prometheus.port = 9095;
      services.loki.enable = true;
      services.loki.configuration.common.path_prefix = lokiDir;
      networking.firewall.allowedTCPPorts = [ 3000 9095 ];
      system.stateVersion = "25.05";
    };
  };
}
