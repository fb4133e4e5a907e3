{ config, lib, wikiPort, ... }:
{
  options.lab.wiki.enable = lib.mkEnableOption "the wiki, in a container";
  config = lib.mkIf config.lab.wiki.enable {
    containers.wiki = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.231.0.1";
      localAddress = "10.231.0.2";
      bindMounts."/srv/wiki".hostPath = "srv/wiki";
      config = {
        networking.firewall.allowedTCPPorts = [ wikiPort ];
        system.stateVersion = "25.11";
      };
    };
  };
}
