# The binary cache every host of the repository runs, with its address from the data tree.
{ config, ... }:
with import <infra/data/net> { };
{
  containers.cache = {
    autoStart = true;
    privateNetwrk = true;
    hostAddress = cache.hostIp;
    localAddress = cache.ip;
    config = { ... }: {
      services.nix-serve.enable = true;
      system.stateVersion = "20.09";
    };
  };
}
