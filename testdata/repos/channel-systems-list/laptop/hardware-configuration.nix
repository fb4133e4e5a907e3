{
  fileSystems."/".device = "/dev/disk/by-label/nixos";
  boot.loader.systemd-boot.enable = true;
}
