# A machine without a flake: /etc/nixos/configuration.nix and its neighbours.
{ config, pkgs, lib, ... }:
{
  imports = [ ./containers.nix ];

  system.stateVersion = "23.05";
  boot.enableContainers = true;
}
