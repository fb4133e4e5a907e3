# A function that makes a module, for a flake to import as
# `(import ./make-module.nix { inherit inputs; })`; this repository does not.
{ inputs, ... }:
{ config, pkgs, ... }:
{
  containers.cache = {
    privateNetwork = true;
    hostAddress = "10.231.1.1";
    localAddress = "10.231.1.2";
    config = { system.stateVersion = "25.11"; };
  };
}
