{ pkgs, ... }:
{
  imports = [ ../../shared/base.nix ];

  boot.loader.grub.device = "/dev/sda";
  fileSystems."/" = { device = "/dev/sda1"; fsType = "xfs"; };
  networking.hostName = "media";

  containers.jellyfin = {
    autoStart = true;
    bindMounts."/media" = { hostPath = "/srv/media"; isReadonly = true; };
    config = {
      services.jellyfin.enable = true;
      system.stateVersion = "24.05";
    };
  };

  system.stateVersion = "24.05";
}
