# Two files add to the same feature: flake-parts merges them as one module.
{
  flake.modules.nixos.jellyfin = {
    containers.jellyfin = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.80.0.1";
      localAddress = "10.80.0.2";
      config.services.jellyfin.enable = true;
      config.networking.firewall.allowedTCPPorts = [ 8096 ];
    };
  };
}
