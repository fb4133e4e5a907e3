{
  system.stateVersion = "25.05";
  boot.loader.grub.device = "nodev";
  fileSystems."/".device = "/dev/disk/by-label/nixos";
  containers.proxy = {
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    config = { };
  };
}
