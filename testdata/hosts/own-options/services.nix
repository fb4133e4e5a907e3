{ config, lib, ... }:
let
  inherit (lib) mkOption mkEnableOption mkIf types mapAttrs;
  cfg = config.homelab;
in
{
  options.homelab = {
    subnet = mkOption {
      type = types.str;
      default = "10.77.0";
      description = "The /24 the service containers live in.";
    };
    services = mkOption {
      default = { };
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options = {
          address = mkOption { type = types.ints.between 2 254; };
          port = mkOption { type = types.port; };
          persistent = mkEnableOption "a state directory on the host";
        };
      }));
    };
  };

  config = mkIf (cfg.services != { }) {
    containers = mapAttrs (name: service: {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "${cfg.subnet}.1";
      localAddress = "${cfg.subnet}.${toString service.address}";
      bindMounts = lib.optionalAttrs service.persistent {
        "/var/lib/${name}" = { hostPath = "/srv/${name}"; isReadOnly = false; };
      };
      config = {
        services.${name}.enable = true;
        networking.firewall.allowedTCPPorts = [ service.port ];
        system.stateVersion = "25.05";
      };
    }) cfg.services;

    networking.firewall.trustedInterfaces = map (name: "ve-${name}") (builtins.attrNames cfg.services);
  };
}
