{ config, ... }:
{
  system.stateVersion = "25.11";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  containers.metrics = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.40.1";
    localAddress = "10.231.40.2";
    config = {
      services.prometheus.enable = true;
      system.stateVersion = config.system.stateVersion;
    };
  };
}
