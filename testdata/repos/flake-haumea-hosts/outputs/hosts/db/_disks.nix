{
  fileSystems."/".device = "/dev/vda1";
  boot.loader.grub.devices = [ "/dev/vda" ];
}
