{
  containers.dns = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.50.0.1";
    localAddress = "10.50.0.256";
    config = { system.stateVersion = "25.05"; };
  };
}
