{
  system.stateVersion = "25.11";
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.0.1";
    localAddress = "10.90.0.2";
    config.system.stateVersion = "25.11";
  };
}
