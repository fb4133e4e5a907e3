# A homelab host whose own modules take their defaults from NixOS's switches, as flakes of
# 2024-2026 write them: an update checker on where docker or podman runs (`default =
# config.virtualisation.docker.enable || config.virtualisation.podman.enable`), metrics
# from caddy when caddy runs, a unit ordered after an OCI container's, found by its
# `serviceName`. The host turns on podman only. NixOS gives the other switches' defaults
# (off, and Nix itself on) and names the OCI unit `podman-feeds`; ncc modelled none of
# them, so each read was unknown (N301) and what it decided went unchecked: the limits the
# update checker puts on the NixOS container's unit, the host's assertions.
{ config, lib, ... }:
let
  feedsUnit = config.virtualisation.oci-containers.containers.feeds.serviceName;
in
{
  imports = [ ./hardware-configuration.nix ./update-check.nix ];

  system.stateVersion = "24.05";
  networking.hostName = "shelf";

  virtualisation.podman.enable = true;
  virtualisation.oci-containers.containers.feeds = {
    image = "example/feeds:2";
    ports = [ "127.0.0.1:8082:8080" ];
  };

  systemd.services.${feedsUnit} = {
    after = [ "container@vault.service" ];
    requires = [ "container@vault.service" ];
  };

  containers.vault = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.62.0.1";
    localAddress = "10.62.0.2";
    config = { ... }: {
      system.stateVersion = "24.05";
      networking.firewall.allowedTCPPorts = [ 8200 ];
    };
  };

  assertions = [
    {
      assertion = feedsUnit == "podman-feeds";
      message = "the feeds unit is expected under podman's name";
    }
    {
      assertion = !config.homelab.metrics.caddy;
      message = "this host runs no caddy to scrape";
    }
  ];
}
