# The host reads options of its container that ncc's container schema does not declare:
# the database's data directory (NixOS's postgresql module gives its default) and whether
# a user the database's module makes exists. ncc does not evaluate NixOS's modules, so
# both stay unknown, never missing: the mount is not written, and the user's existence
# decides nothing ncc checks.
{ config, lib, ... }:
let
  store = config.containers.store.config;
in
{
  system.stateVersion = "25.05";

  containers.store = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.6.1";
    localAddress = "10.233.6.2";
    bindMounts.data = {
      hostPath = "/tank/store";
      mountPoint = store.services.postgresql.dataDir;
      isReadOnly = false;
    };
    config = {
      services.postgresql.enable = true;
      system.stateVersion = "25.05";
    };
  };

  users.groups.store-backup.members = lib.optional (store.users.users ? postgres) "postgres";
}
