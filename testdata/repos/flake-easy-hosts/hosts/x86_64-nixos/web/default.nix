{ config, self, ... }:
{
  # easy-hosts names the host after its directory.
  networking.firewall.allowedTCPPorts = [ 80 ];
  containers.site = {
    autoStart = true;
    bindMounts."/srv/www" = {
      hostPath = "srv/www";
      isReadOnly = true;
    };
    config = { ... }: {
      networking.hostName = "${config.networking.hostName}-site";
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
