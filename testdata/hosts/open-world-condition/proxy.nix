# A module whose whole config sits behind a condition on its own option, and defines
# `services.*` options ncc does not model.
{ config, lib, ... }:
{
  options.site.proxies = lib.mkOption {
    type = lib.types.attrsOf lib.types.str;
    default = { };
  };

  config = lib.mkIf (config.site.proxies != { }) {
    services.caddy = {
      enable = true;
      virtualHosts = builtins.mapAttrs (_: target: { extraConfig = "reverse_proxy ${target}"; }) config.site.proxies;
    };
  };
}
