# Every container may name a /24 of its own (the host side takes .1, the container .2)
# and keeps its /srv on the host unless told not to.
{ lib, ... }:
let
  inherit (lib) mkIf mkMerge mkOption types;
in
{
  options.containers = mkOption {
    type = types.attrsOf (types.submodule ({ config, name, ... }: {
      options.lab = {
        subnet = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "The first three octets of the container's own /24.";
        };
        persist = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the container's /srv is kept on the host, in /var/lib/lab/<name>.";
        };
      };
      config = mkMerge [
        (mkIf (config.lab.subnet != null) {
          privateNetwork = true;
          hostAddress = "${config.lab.subnet}.1";
          localAddress = "${config.lab.subnet}.2";
        })
        (mkIf config.lab.persist {
          bindMounts."/srv" = {
            hostPath = "/var/lib/lab/${name}";
            isReadOnly = false;
          };
        })
      ];
    }));
  };
}
