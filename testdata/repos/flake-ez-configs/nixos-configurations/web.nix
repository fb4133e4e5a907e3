{ config, gateway, ... }:
{
  containers.shop = {
    autoStart = true;
    hostAddress = gateway;
    forwardPorts = [{ hostPort = 8080; containerPort = 80; }];
    config = { ... }: {
      networking.hostName = "${config.networking.hostName}-shop";
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
