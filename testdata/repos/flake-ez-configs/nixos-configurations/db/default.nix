{ config, ezModules, ... }:
{
  # Not the default module's 25.11, which this host does not import.
  imports = [ ezModules.storage ];
  system.stateVersion = "24.11";
  containers.postgres = {
    autoStart = true;
    bindMounts."/var/lib/postgresql".hostPath = "${config.storage.root}/postgres";
    config = { ... }: {
      services.postgresql.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
