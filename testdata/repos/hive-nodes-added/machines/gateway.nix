{ ... }:
{
  containers.dns = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.50.0.1";
    localAddress = "10.50.0.2";
    config.system.stateVersion = "25.05";
  };
  system.stateVersion = "25.05";
}
