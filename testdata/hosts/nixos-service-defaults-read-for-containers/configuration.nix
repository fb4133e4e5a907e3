# A media host of 2025 that runs bazarr itself and puts nextcloud and a proxy in NixOS
# containers, taking their settings from NixOS's own defaults: the cloud container's
# state is bind-mounted at wherever nextcloud keeps its home, and the proxy forwards to
# bazarr's port and to glances' (routes of the host's own, each of which must name a
# port or an upstream). No module sets `services.nextcloud.home` or
# `services.bazarr.listenPort`; NixOS gives "/var/lib/nextcloud" and 6767. ncc declared
# neither, so each read was unknown (N301), and the bind mount and the routes' assertion
# went unchecked. Glances comes from a copy of NixOS's module the host keeps (NixOS's own
# disabled), whose port is its own: a declaration of NixOS's option ncc carries must give
# way to it, not be "already declared" (M007).
{ config, lib, ... }:
let
  cloudHome = config.services.nextcloud.home;
in
{
  disabledModules = [ "services/monitoring/glances.nix" ];
  imports = [ ./hardware-configuration.nix ./routes.nix ./glances.nix ];

  system.stateVersion = "25.05";
  networking.hostName = "attic";

  services.bazarr.enable = true;
  services.glances.enable = true;

  routes.subs.port = config.services.bazarr.listenPort;
  routes.stats.port = config.services.glances.port;
  routes.cloud.upstream = "10.70.0.2:80";

  containers.cloud = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    bindMounts.${cloudHome} = {
      hostPath = "/srv/cloud";
      isReadOnly = false;
    };
    config = { ... }: {
      system.stateVersion = "25.05";
      services.nextcloud = {
        enable = true;
        hostName = "cloud.attic.lan";
        home = cloudHome;
      };
      networking.firewall.allowedTCPPorts = [ 80 ];
    };
  };
}
