{ config, lib, ... }:
{
  options.site.tunnel = {
    subnet = lib.mkOption {
      type = lib.types.str;
      default = "10.60.0";
    };
    port = lib.mkOption {
      type = lib.types.port;
      default = 51820;
    };
  };

  config.networking.firewall.allowedUDPPorts = [ config.site.tunnel.port ];
}
