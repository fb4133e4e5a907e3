{
  networking.hostName = "gateway";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  containers.dns = {
    autoStart = "yes";
    privateNetwork = true;
    hostAddress = "10.231.71.1";
    localAddress = "10.231.71.2";
    config.services.unbound.enable = true;
  };
}
