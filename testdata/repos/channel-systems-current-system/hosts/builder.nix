{ ... }:
{
  networking.hostName = "builder";
  containers.worker = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.80.0.1";
    localAddress = "10.80.0.2";
    config.system.stateVersion = "24.05";
  };
}
