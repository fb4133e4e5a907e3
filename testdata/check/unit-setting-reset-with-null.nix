# A NixOS module's service keeps its state elsewhere, so the host drops the
# StateDirectory that module sets: NixOS's unit options take `null` (written as the
# empty assignment `StateDirectory=`, which resets the setting).
{ lib, ... }:
{
  system.stateVersion = "24.05";
  services.jellyseerr.enable = true;
  systemd.services.jellyseerr.serviceConfig = {
    StateDirectory = lib.mkForce null;
    ReadWritePaths = [ "/srv/media/jellyseerr" ];
  };

  containers.media = {
    autoStart = true;
    bindMounts."/srv/media".isReadOnly = false;
    config = { };
  };
}
