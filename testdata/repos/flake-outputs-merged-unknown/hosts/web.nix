{
  boot.isContainer = true;
  system.stateVersion = "25.11";
  containers.site = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    config.system.stateVersion = "25.11";
  };
}
