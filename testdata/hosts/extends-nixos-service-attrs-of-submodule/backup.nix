# The fleet's backup module: every job may snapshot /srv first, and a repository on this
# host gets its own user.
{ config, lib, pkgs, ... }:
let
  jobs = config.services.borgbackup.jobs;
in
{
  options.services.borgbackup.jobs = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule ({ config, ... }: {
      options.snapshot = lib.mkEnableOption "a snapshot of /srv before the backup";
      config = lib.mkMerge [
        { user = lib.mkDefault "backup"; }
        (lib.mkIf config.snapshot { paths = [ "/srv/.snapshot" ]; })
      ];
    }));
  };
  options.services.borgbackup.repos = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.mirror = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
    });
  };

  config = lib.mkMerge [
    (lib.mkIf (config.services.borgbackup.repos != { }) {
      users.users.borg = { isSystemUser = true; group = "borg"; };
      users.groups.borg = { };
    })
    {
      systemd.services = lib.mapAttrs' (name: job: lib.nameValuePair "borgbackup-job-${name}" {
        serviceConfig.ExecStartPre = "${pkgs.btrfs-progs}/bin/btrfs subvolume snapshot -r /srv /srv/.snapshot";
      }) (lib.filterAttrs (name: job: job.snapshot) jobs)
      // lib.mapAttrs' (name: repo: lib.nameValuePair "borg-mirror-${name}" {
        script = "borg mirror /srv/backup/${name} ${repo.mirror}";
      }) (lib.filterAttrs (name: repo: repo.mirror != null) config.services.borgbackup.repos);
    }
  ];
}
