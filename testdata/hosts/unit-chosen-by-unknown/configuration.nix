{ config, lib, pkgs, ... }:
let
  # Media services wait for the data disk where the host has one.
  onDataDisk = lib.mkIf (config.fileSystems ? "/srv/media") {
    after = [ "srv-media.mount" ];
    requires = [ "srv-media.mount" ];
  };
in
{
  imports = [ ./hardware-configuration.nix ];

  boot.loader.systemd-boot.enable = true;
  networking.hostName = "shelf";
  system.stateVersion = "25.05";

  services.jellyfin.enable = true;

  # Units of services NixOS's modules declare (whose defaults ncc does not know): each
  # exists or not as NixOS decides, and none is a container's.
  systemd.services = {
    jellyfin = lib.mkIf config.services.jellyfin.enable onDataDisk;
    bazarr = lib.mkIf config.services.bazarr.enable onDataDisk;
    sonarr = lib.mkIf config.services.sonarr.enable onDataDisk;
  };

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp3s0";
  };

  containers.books = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.1.1";
    localAddress = "10.233.1.2";
    bindMounts."/srv/books" = { hostPath = "/srv/media/books"; isReadOnly = true; };
    config = { ... }: {
      system.stateVersion = "25.05";
      services.calibre-web.enable = true;
      networking.firewall.allowedTCPPorts = [ 8083 ];
    };
  };
}
