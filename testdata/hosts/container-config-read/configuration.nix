# The host reads its containers' evaluated NixOS configurations: the database's data
# directory for a bind mount, the web server's port for the firewall, whether a service is
# on. NixOS evaluates each container's config in full; ncc does not evaluate NixOS's
# modules, so what the container's config leaves to them is unknown, never missing.
{ config, lib, ... }:
let
  db = config.containers.db.config;
in
{
  system.stateVersion = "25.05";

  containers.db = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.9.1";
    localAddress = "10.231.9.2";
    bindMounts.pgdata = {
      hostPath = "/srv/postgresql";
      mountPoint = db.services.postgresql.dataDir;
      isReadOnly = false;
    };
    config = { pkgs, ... }: {
      services.postgresql.enable = true;
      services.postgresql.package = pkgs.postgresql_16;
      system.stateVersion = "25.05";
    };
  };

  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.9.5";
    localAddress = "10.231.9.6";
    config = {
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "25.05";
    };
  };

  networking.firewall.allowedTCPPorts =
    lib.optionals config.containers.web.config.services.nginx.enable [ 80 ];
  users.groups.postgres-backup.members = lib.optional (db.users.users ? postgres) "postgres";
}
