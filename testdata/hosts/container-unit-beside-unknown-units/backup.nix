# Nightly dumps of the host's own database, where the host runs one.
{ config, lib, ... }:
{
  systemd.services = lib.mkIf config.services.postgresql.enable {
    postgresql-dump = {
      description = "Dump every database";
      startAt = "daily";
      serviceConfig.User = "postgres";
    };
  };
}
