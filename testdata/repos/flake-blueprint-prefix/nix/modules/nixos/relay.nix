{ config, lib, ... }:
{
  options.relay.port = lib.mkOption { type = lib.types.int; default = 8443; };

  config.containers.relay = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.61.0.1";
    localAddress = "10.61.0.2";
    forwardPorts = [ { hostPort = config.relay.port; containerPort = 443; } ];
    config = {
      system.stateVersion = "25.05";
      networking.firewall.allowedTCPPorts = [ 443 ];
    };
  };
}
