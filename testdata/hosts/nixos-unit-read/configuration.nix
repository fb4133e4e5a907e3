# The host orders its own units after units NixOS's modules define (postgresql, nginx)
# and reads their settings. ncc does not evaluate those modules: what they define is
# unknown to it, never missing.
{ config, lib, pkgs, ... }:
{
  system.stateVersion = "25.11";
  services.postgresql.enable = true;
  services.nginx.enable = true;

  systemd.services.db-backup = {
    description = "Nightly dump of the database";
    after = [ config.systemd.services.postgresql.name ];
    requires = [ "postgresql.service" ];
    startAt = "daily";
    script = "pg_dumpall > /var/backup/all.sql";
    serviceConfig.User = config.systemd.services.postgresql.serviceConfig.User or "postgres";
  };
  systemd.services.report = {
    wantedBy = [ "multi-user.target" ];
    script = config.systemd.services.db-backup.script;
  };

  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.40.1";
    localAddress = "10.231.40.2";
    config = { };
  };
  systemd.services."container@web".after = [ config.systemd.services.nginx.name ];
}
