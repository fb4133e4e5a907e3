# A machine's /etc/nixos checkout with one container, and beside it a tool built with
# its own niv pins.
{ pkgs, ... }:
{
  imports = [ ./hardware-configuration.nix ];
  system.stateVersion = "23.11";
  networking.hostName = "desk";
  containers.notes = {
    autoStart = true;
    config = { ... }: {
      system.stateVersion = "23.11";
      services.nginx.enable = true;
    };
  };
}
