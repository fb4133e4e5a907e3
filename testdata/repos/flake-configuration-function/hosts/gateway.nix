{
  system.stateVersion = "24.11";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "eth0"; };
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.9.1.1";
    localAddress = "10.9.1.2";
    config = { system.stateVersion = "24.11"; };
  };
}
