# A container more than one machine runs.
{ config, ... }:
{
  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.2";
    config = { services.nginx.enable = true; };
  };
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = config.site.uplink;
  };
}
