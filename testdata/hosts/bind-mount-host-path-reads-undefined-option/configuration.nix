# A host's own option for where its services keep their data, declared without a
# default and set by no module: the container's bind mount reads it. NixOS stops
# ("was accessed but has no value defined") where it writes the mount's `--bind=`
# flag; ncc once took the mount for one without a host path and wrote
# `--bind=/var/lib/paperless`, the container's own directory.
{ config, lib, pkgs, ... }:
let
  cfg = config.homelab;
in
{
  options.homelab = {
    dataRoot = lib.mkOption {
      type = lib.types.str;
      description = "Where the services' data lives on the host.";
    };
    domain = lib.mkOption {
      type = lib.types.str;
      default = "home.arpa";
    };
  };

  config = {
    system.stateVersion = "25.11";
    boot.loader.systemd-boot.enable = true;
    fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };
    networking.hostName = "shelf";
    environment.systemPackages = with pkgs; [ git htop ];

    containers.paperless = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.233.5.1";
      localAddress = "10.233.5.2";
      bindMounts."/var/lib/paperless" = {
        hostPath = "${cfg.dataRoot}/paperless";
        isReadOnly = false;
      };
      config = { ... }: {
        system.stateVersion = "25.11";
        services.paperless.enable = true;
        services.paperless.settings.PAPERLESS_URL = "https://paperless.${cfg.domain}";
      };
    };
  };
}
