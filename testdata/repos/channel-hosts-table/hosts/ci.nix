{ ... }:
{
  networking.hostName = "ci";
  containers.runner = {
    privateNetwork = true;
    hostAddress = "10.30.0.1";
    localAddress = "10.30.0.300";
    config = { ... }: { system.stateVersion = "21.05"; };
  };
  system.stateVersion = "21.05";
}
