{ self, ... }:
{
  networking.hostName = "archive";
  boot.isContainer = true;

  containers.store = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    config = { system.stateVersion = "25.11"; };
  };

  system.stateVersion = "25.11";
}
