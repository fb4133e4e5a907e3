{ inputs, lib, ... }:
{
  system.stateVersion = "24.05";

  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "192.168.100.10";
    localAddress = "192.168.100.11";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config = { ... }: {
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
    };
  };
}
