# Names served by a caddy container on the host's network, each either a port of the
# host or an upstream address, never both.
{ config, lib, ... }:
let
  routes = config.routes;
  target = route: if route.port != null then "127.0.0.1:${toString route.port}" else route.upstream;
in
{
  options.routes = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.port = lib.mkOption { type = lib.types.nullOr lib.types.port; default = null; };
      options.upstream = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
    });
    default = { };
    description = "Names the proxy serves, by their first label.";
  };

  config = {
    assertions = lib.mapAttrsToList (name: route: {
      assertion = (route.port == null) != (route.upstream == null);
      message = "route ${name} needs exactly one of port and upstream";
    }) routes;

    containers.proxy = {
      autoStart = true;
      config = { ... }: {
        system.stateVersion = "25.05";
        services.caddy.enable = true;
        services.caddy.virtualHosts = lib.mapAttrs' (name: route:
          lib.nameValuePair "${name}.attic.lan" {
            extraConfig = "reverse_proxy ${target route}";
          }) routes;
      };
    };
  };
}
