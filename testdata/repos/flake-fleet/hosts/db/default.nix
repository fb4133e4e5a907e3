# The database machine.
{ lib, modulesPath, ... }:
{
  imports = [
    (modulesPath + "/installer/scan/not-detected.nix")
    ./hardware-configuration.nix
  ];

  system.stateVersion = "24.11";
  networking.hostName = "db";
  boot.loader.systemd-boot.enable = true;
  services.postgresqlBackup.enable = true;

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
