{
  system.stateVersion = "24.11";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.72.0.1";
    localAddress = "10.72.0.300";
    config.system.stateVersion = "24.11";
  };
}
