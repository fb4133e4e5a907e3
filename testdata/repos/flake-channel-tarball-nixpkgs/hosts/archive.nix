{ ... }:
{
  networking.hostName = "archive";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.11";

  containers.backup_store = {
    autoStart = true;
    config = {
      services.restic.server.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
