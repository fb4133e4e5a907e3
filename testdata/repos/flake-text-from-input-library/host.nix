{ site, ... }:
{
  networking.hostName = "edge-${site.lib.padNumber 1}";
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2/24";
    config = { };
  };
}
