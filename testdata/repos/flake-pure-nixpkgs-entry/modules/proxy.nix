{ lib, ... }:
{
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = lib.site.proxyAddress;
    # Mistyped: a port is a number.
    forwardPorts = [ { hostPort = "443"; } ];
    config.system.stateVersion = "25.11";
  };
}
