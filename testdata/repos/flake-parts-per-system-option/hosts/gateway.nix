{
  networking.hostName = "gateway";
  fileSystems."/".device = "/dev/disk/by-label/nixos";
  system.stateVersion = "25.11";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  containers.resolver = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.50.1";
    localAddress = "10.231.50.2";
    config.services.unbound.enable = true;
  };
}
