{
  networking.hostName = "desk";
  containers.notes = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = { };
  };
}
