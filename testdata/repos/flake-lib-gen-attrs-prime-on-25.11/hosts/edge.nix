{ site, ... }:
{
  boot.isContainer = true;
  networking.hostName = "edge-${site.name}";
  containers.cache = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "${site.subnet}.0.1";
    localAddress = "${site.subnet}.0.2";
    config.system.stateVersion = "25.11";
  };
  system.stateVersion = "25.11";
}
