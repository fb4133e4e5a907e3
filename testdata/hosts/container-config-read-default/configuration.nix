# The host bind-mounts the metrics dashboard's state where the container keeps it, which the
# container leaves to the service's default: NixOS gives the container's evaluated option,
# `/var/lib/grafana`, and the container's name as its host name (NixOS's `mkDefault`).
{ config, ... }:
let
  dash = config.containers.dash.config;
in
{
  system.stateVersion = "25.05";

  containers.dash = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.4.1";
    localAddress = "10.233.4.2";
    bindMounts.state = {
      hostPath = "/srv/${dash.networking.hostName}/grafana";
      mountPoint = dash.services.grafana.dataDir;
      isReadOnly = false;
    };
    config = {
      services.grafana.enable = true;
      services.grafana.settings.server.http_port = 3000;
      system.stateVersion = "25.05";
    };
  };
}
