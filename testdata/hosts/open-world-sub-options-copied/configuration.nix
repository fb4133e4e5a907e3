# A host whose own module (./apps.nix) declares its applications with the options of
# NixOS's OCI containers, copied whole from `getSubOptions [ ]` of
# `virtualisation.oci-containers.containers` and extended with options of its own, as
# homelab flakes wrap OCI containers. NixOS declares `image`, `ports`, `volumes`, ... in
# that submodule, so the copy has them. ncc declares only the containers' `serviceName`
# there and leaves the rest to the open world; the copy had only `serviceName`, and every
# `image` and `ports` below was a false "does not exist" (M001) on the host. A NixOS
# container in front proxies to the applications by the ports the host gives them.
{ config, lib, ... }:
let
  apps = config.lab.apps;
in
{
  imports = [
    ./hardware-configuration.nix
    ./apps.nix
  ];

  system.stateVersion = "25.05";
  networking.hostName = "shelf";

  lab.apps.wiki = {
    image = "docker.io/library/dokuwiki:2025-05-14";
    ports = [ "127.0.0.1:8081:8080" ];
    volumes = [ "/srv/wiki:/storage" ];
    hostPort = 8081;
  };
  lab.apps.feeds = {
    image = "docker.io/library/miniflux:2.2";
    environment.RUN_MIGRATIONS = "1";
    hostPort = 8082;
  };

  containers.edge = {
    autoStart = true;
    config = { ... }: {
      system.stateVersion = "25.05";
      services.nginx.enable = true;
      services.nginx.virtualHosts = lib.mapAttrs' (name: app:
        lib.nameValuePair "${name}.shelf.lan" {
          locations."/".proxyPass = "http://127.0.0.1:${toString app.hostPort}";
        }) apps;
    };
  };
}
