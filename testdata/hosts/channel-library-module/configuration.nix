# A channel-era host importing modules from channels ncc does not have: home-manager's
# NixOS module, and the `lib` directory of a channel of the user's own, which ncc's guess
# would read as nixpkgs' lib (it is a module here, so the guess does not fit).
{ config, pkgs, ... }:
{
  imports = [
    <home-manager/nixos>
    <dotfiles/lib>
  ];

  system.stateVersion = "24.05";
  networking.hostName = "attic";

  containers.notes = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.20.1";
    localAddress = "10.231.20.2";
    config = { services.nginx.enable = true; };
  };
}
