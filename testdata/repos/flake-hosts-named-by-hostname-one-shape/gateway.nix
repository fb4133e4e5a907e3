{ lib, site, ... }:
{
  boot.isContainer = true;

  containers.proxy = {
    autoStart = true;
    privateNetwork = site != "south";
    hostAddress = lib.mkIf (site != "south") "10.80.0.1";
    localAddress = lib.mkIf (site != "south") "10.80.0.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config = {
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "25.11";
    };
  };

  system.stateVersion = "25.11";
}
