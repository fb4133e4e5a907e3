{ relay, ... }:
{
  boot.isContainer = true;
  networking.hostName = "gateway";
  containers.relay = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = { ... }: {
      environment.systemPackages = [ relay ];
      system.stateVersion = "25.11";
    };
  };
  system.stateVersion = "25.11";
}
