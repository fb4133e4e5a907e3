{ config, lib, namespace, ... }:
let
  cfg = config.${namespace}.wiki;
in
{
  options.${namespace}.wiki = {
    enable = lib.mkEnableOption "the wiki, in a container";
    port = lib.mkOption {
      type = lib.types.port;
      default = 3000;
      description = "The port the wiki listens on.";
    };
  };

  config = lib.mkIf cfg.enable {
    containers.${lib.${namespace}.containerName "Wiki"} = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = lib.${namespace}.address 1;
      localAddress = lib.${namespace}.address 2;
      config = {
        networking.firewall.allowedTCPPorts = [ cfg.port ];
        system.stateVersion = "25.11";
      };
    };
  };
}
