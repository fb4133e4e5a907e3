{ lib, ... }: {
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  networking.hostName = "mirror";
  system.stateVersion = "26.05";
  containers.cache_store = {
    privateNetwork = true;
    hostAddress = "10.60.1.1";
    localAddress = "10.60.1.2";
    config = { };
  };
}
