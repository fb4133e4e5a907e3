{
  system.stateVersion = "25.05";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "ens3"; };
  containers.beacon = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    config = { system.stateVersion = "25.05"; };
  };
}
