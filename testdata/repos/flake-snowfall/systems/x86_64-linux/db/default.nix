{ config, lib, pkgs, role, host, system, format, ... }:
{
  assertions = [
    { assertion = config.networking.hostName == host && system == "x86_64-linux" && format == "linux"; message = "snowfall names the host"; }
  ];
  services.postgresql.enable = role == "database";
  snowfallorg.users.bob.admin = false;
  environment.etc."db-users".text = lib.concatStringsSep "\n" (builtins.attrNames config.users.users);
  boot.loader.grub.devices = [ "/dev/sda" ];
  fileSystems."/".device = "/dev/sda1";
  # snowfall builds the host for its target's system: its packages know the platform.
  containers.backup = lib.mkIf pkgs.stdenv.isx86_64 {
    bindMounts."/var/backup".hostPath = "var/backup";
    config.system.stateVersion = "25.11";
  };
  system.stateVersion = "25.11";
}
