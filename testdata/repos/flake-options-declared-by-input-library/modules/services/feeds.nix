{ config, lib, site, ... }:
{
  options.hostServices.feeds.enable = site.lib.mkBoolOpt false "Run the feed reader in a container";

  config = lib.mkIf config.hostServices.feeds.enable {
    containers.feeds = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.70.0.1";
      localAddress = site.feeds.address;
      forwardPorts = [ { hostPort = 8081; containerPort = 80; } ];
      config = { ... }: {
        services.miniflux.enable = true;
        networking.firewall.allowedTCPPorts = [ 80 ];
        system.stateVersion = "25.05";
      };
    };
  };
}
