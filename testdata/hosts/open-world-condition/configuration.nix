# The condition of proxy.nix's `mkIf` reads `site.proxies`, whose definition reads
# `services.fcgiwrap`: NixOS finds `services.fcgiwrap` among its declared options without
# deciding that condition, and ncc, which does not model `services`, finds it among the
# names the definitions give, without deciding it either (no infinite recursion).
{ config, ... }:
{
  imports = [ ./proxy.nix ];

  services.fcgiwrap.socketAddress = "/run/fcgiwrap.sock";
  site.proxies.git = "unix/${config.services.fcgiwrap.socketAddress}";

  containers.git = {
    autoStart = true;
    bindMounts."/run/fcgiwrap.sock".hostPath = config.services.fcgiwrap.socketAddress;
    config.system.stateVersion = "25.05";
  };

  system.stateVersion = "25.05";
}
