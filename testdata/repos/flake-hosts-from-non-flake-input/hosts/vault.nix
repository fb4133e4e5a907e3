{ ... }:
{
  boot.isContainer = true;
  containers.files = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };
  system.stateVersion = "25.11";
}
