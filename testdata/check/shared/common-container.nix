# Not a case of its own: imported by import-shared-module.nix.
{ lib, ... }:
{
  containers.web = {
    privateNetwork = lib.mkDefault true;
    hostAddress = "10.231.136.1";
    autoStart = true;
  };
}
