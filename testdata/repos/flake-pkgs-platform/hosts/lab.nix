{
  networking.hostName = "lab";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "25.11";
}
