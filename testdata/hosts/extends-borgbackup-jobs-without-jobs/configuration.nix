# A host whose shared backup module adds options of its own to NixOS's
# `services.borgbackup.jobs` (re-declared with a submodule, as nixpkgs merges the two) and
# turns on a notification unit only where jobs exist, as flakes of 2023-2026 write it. This
# host runs no jobs: NixOS's default for the option is `{ }`, so the condition is false.
# ncc did not know that default (the project's declaration has none), so the condition was
# unknown (N301) and the units beside it, the container's among them, went unchecked.
{ config, lib, ... }:
{
  imports = [ ./hardware-configuration.nix ];

  options.services.borgbackup.jobs = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.notifyOnFailure = lib.mkEnableOption "a notification when the job fails";
    });
  };

  config = lib.mkMerge [
    {
      system.stateVersion = "24.11";
      networking.hostName = "ledger";

      containers.vault = {
        autoStart = true;
        privateNetwork = true;
        hostAddress = "10.62.0.1";
        localAddress = "10.62.0.2";
        config = { ... }: {
          system.stateVersion = "24.11";
        };
      };
    }
    (lib.mkIf (config.services.borgbackup.jobs != { } || config.services.borgbackup.repos != { }) {
      systemd.services."backup-notify@".enable = true;
    })
    {
      assertions = [
        {
          assertion = config.services.borgbackup.jobs == { } && config.services.borgbackup.repos == { };
          message = "this host keeps no backups of its own";
        }
      ];
    }
  ];
}
