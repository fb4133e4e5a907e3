# Backups to a repository named after the host: its FQDN where it has one.
{ config, lib, ... }:
let
  fqdn = lib.attrByPath [ "networking" "fqdn" ] null config;
  target = if fqdn != null then fqdn else config.networking.hostName;
in
{
  services.restic.backups.daily = {
    repository = "sftp:backup@vault.example.org:/srv/restic/${target}";
    paths = [ "/srv" ];
  };
  assertions = [
    {
      assertion = target == "files.example.org";
      message = "the repository is named after the FQDN";
    }
  ];
}
