# A second Mac, not yet in the flake: nix-darwin's module (its state version is a
# number), never a NixOS host, though it looks like one.
{ pkgs, ... }:
{
  networking.hostName = "studio";
  environment.systemPackages = [ pkgs.ripgrep ];
  system.stateVersion = 4;
}
