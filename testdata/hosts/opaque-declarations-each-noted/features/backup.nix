{ config, lib, toolkit, ... }:
{
  options.features.backup.enable = toolkit.lib.mkEnableOpt "nightly backups";

  config = lib.mkIf config.features.backup.enable {
    systemd.services.nightly-backup = {
      startAt = "daily";
      script = "cp -a /var/lib ${toolkit.backupTarget}";
    };
  };
}
