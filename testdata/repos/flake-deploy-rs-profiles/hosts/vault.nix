{
  system.stateVersion = "25.11";
  networking.hostName = "vault";
  boot.isContainer = true;
  containers.unseal = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.2.1";
    localAddress = "10.231.2.1";
    config.system.stateVersion = "25.11";
  };
}
