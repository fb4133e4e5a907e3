{
  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  containers.restic = {
    autoStart = true;
    bindMounts."/backups" = { hostPath = "/srv/backups"; isReadOnly = "false"; };
    config = { services.restic.server.enable = true; system.stateVersion = "25.11"; };
  };
}
