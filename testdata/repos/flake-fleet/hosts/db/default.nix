# The database machine.
{ lib, ... }:
{
  system.stateVersion = "24.11";

  containers.postgres = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.2.1";
    localAddress = "10.231.2.2";
    bindMounts."/var/lib/postgresql" = {
      hostPath = "/srv/postgresql";
      isReadOnly = false;
    };
    config = { ... }: {
      services.postgresql.enable = true;
    };
  };
}
