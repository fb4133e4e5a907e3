{ config, resources, ... }:
{
  deployment.targetHost = "10.9.0.2";
  containers.shop = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.9.1.1";
    localAddress = "10.9.1.2";
    config = { ... }: { services.nginx.enable = true; };
  };
}
