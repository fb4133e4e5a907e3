{ config, ezModules, ... }:
{
  imports = [ ezModules.storage ];
  system.stateVersion = "25.11";
  containers.postgres = {
    autoStart = true;
    bindMounts."/var/lib/postgresql".hostPath = "${config.storage.root}/postgres";
    config = { ... }: {
      services.postgresql.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
