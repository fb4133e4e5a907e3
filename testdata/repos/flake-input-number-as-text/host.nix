{ config, site, lib, ... }:
{
  services.finder.enable = true;
  services.finder.port = toString site.ports.finder;
  containers.finder = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.71.0.1";
    localAddress = "10.71.0.2/24";
    forwardPorts = [ { hostPort = lib.toInt config.services.finder.port; } ];
    config = { };
  };
  system.stateVersion = "25.11";
}
