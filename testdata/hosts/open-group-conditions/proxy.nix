{ config, lib, ... }:
{
  options.proxy.sites = lib.mkOption {
    type = lib.types.attrsOf lib.types.lines;
    default = { };
  };
  config = lib.mkIf (config.proxy.sites != { }) {
    networking.firewall.allowedTCPPorts = [ 80 443 ];
    services.caddy = {
      enable = true;
      extraConfig = lib.concatStringsSep "\n" (lib.attrValues config.proxy.sites);
    };
  };
}
