# Containers declared through the site's own option: one per entry, each with its
# address and a port the host forwards.
{ config, lib, domain, ... }:
let
  cfg = config.site.containers;
in
{
  options.site.containers = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.address = lib.mkOption { type = lib.types.str; };
      options.port = lib.mkOption { type = lib.types.port; };
    });
    default = { };
  };

  config = {
    networking.nat = {
      enable = cfg != { };
      internalInterfaces = [ "ve-+" ];
      externalInterface = "eth0";
    };
    containers = lib.mapAttrs (name: site: {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.233.1.1";
      localAddress = site.address;
      forwardPorts = [ { hostPort = site.port; containerPort = 80; } ];
      config = { ... }: {
        networking.domain = domain;
        services.nginx.enable = true;
        networking.firewall.allowedTCPPorts = [ 80 ];
        system.stateVersion = "24.11";
      };
    }) cfg;
  };
}
