# One of the project's machines, which the framework's systems import: a container that
# serves the gateway's pages.
{ ... }:
{
  networking.hostName = "gateway";
  system.stateVersion = "25.05";
  containers.pages = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.05";
    };
  };
}
