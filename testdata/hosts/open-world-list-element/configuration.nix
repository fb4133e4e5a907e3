# A backup module of the host's own collects paths in a `listOf str` option, one of them
# the location of a NixOS service's dumps (`services.postgresqlBackup.location`, whose
# default comes from a NixOS module ncc does not evaluate). Whether anything is backed up
# is the list's length, which does not depend on what the paths are: NixOS builds it,
# and ncc must not call the backup container's existence unknown. The path itself,
# mounted into the container, is unknown, and says so there.
{ config, lib, ... }:
let
  paths = config.my.backups.paths;
in
{
  options.my.backups.paths = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ ];
  };

  config = {
    services.postgresqlBackup.enable = true;
    my.backups.paths = [
      "/var/lib/grafana"
      config.services.postgresqlBackup.location
    ];

    containers.backup = lib.mkIf (builtins.length paths > 0) {
      autoStart = true;
      bindMounts."/srv/grafana".hostPath = builtins.head paths;
      bindMounts."/srv/postgresql".hostPath = builtins.elemAt paths 1;
      config.system.stateVersion = "25.05";
    };

    system.stateVersion = "25.05";
  };
}
