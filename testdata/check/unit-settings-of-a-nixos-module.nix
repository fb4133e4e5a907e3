# A backup job runs with the environment NixOS's forgejo module gives forgejo's own unit,
# of which the host only overrides `requires`: the variables exist in NixOS, and ncc,
# which does not evaluate that module, cannot know their values (a warning, not an
# error). A variable of the host's own unit, and a setting the host defines, read as
# they are.
{ config, lib, ... }:
{
  system.stateVersion = "24.05";
  services.forgejo.enable = true;
  systemd.services.forgejo.requires = lib.mkForce [ ];
  systemd.services.forgejo.serviceConfig.TimeoutStartSec = "5min";

  systemd.services.git-backup = {
    description = "Back up forgejo's repositories";
    environment = {
      FORGEJO_CUSTOM = config.systemd.services.forgejo.environment.FORGEJO_CUSTOM;
      FORGEJO_TIMEOUT = config.systemd.services.forgejo.serviceConfig.TimeoutStartSec;
      BACKUP_DIR = "/srv/backup";
    };
    serviceConfig.ExecStart = "/run/current-system/sw/bin/backup";
  };

  containers.git = {
    autoStart = true;
    bindMounts."/srv/backup".isReadOnly = false;
    config = { };
  };
}
