{ ... }:
{
  networking.hostName = "edge";
  containers.proxy = {
    autoStart = true;
    config.services.caddy.enable = true;
  };
  system.stateVersion = "25.11";
}
