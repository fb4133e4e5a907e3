{ ... }:
{
  networking.hostName = "builder";
  containers.cache = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.1.1";
    localAddress = "10.233.1.2";
    config.services.nix-serve.enable = true;
  };
  system.stateVersion = "25.11";
}
