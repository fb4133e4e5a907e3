# The desktop is a specialisation, which ncc does not evaluate, and the home-manager
# module is imported by no NixOS module: both are checked on their own, where what they
# take from `specialArgs` is unknown, a note and no warning.
{ config, repo, ... }:
{
  system.stateVersion = "24.11";
  networking.hostName = "lab";
  specialisation.desktop.configuration.imports = [ ./desktop.nix ];

  containers.builder = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    config = { };
  };
}
