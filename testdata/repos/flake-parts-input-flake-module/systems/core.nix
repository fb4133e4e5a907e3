{
  containers.db = {
    autoStart = "yes";
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = { system.stateVersion = "25.05"; };
  };
  system.stateVersion = "25.05";
}
