# The example of the original NixOS container commit: `config` route, a private network
# with both addresses, autoStart and a writable bind mount.
{ config, lib, pkgs, ... }:
{
  system.stateVersion = "23.11";
  containers.database = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    autoStart = true;
    bindMounts."/var/lib/postgresql" = {
      hostPath = "/srv/pg";
      isReadOnly = false;
    };
    config = { services.postgresql.enable = true; };
  };
}
