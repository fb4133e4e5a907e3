# A channel-era host (`nixos-rebuild switch`, no flake), built as nixpkgs' nixos/default.nix
# builds it: `system ? builtins.currentSystem`, which eval-config.nix makes the default of
# `nixpkgs.system`. Its own module for a hand-rolled nspawn unit reads the platform the
# legacy way, as older copies of NixOS's containers module do; no module here sets it.
{ config, pkgs, lib, ... }:
{
  imports = [
    ./hardware-configuration.nix
    ./modules/nspawn-unit.nix
  ];

  boot.loader.grub.device = "/dev/sda";
  networking.hostName = "relay";
  system.stateVersion = "23.11";

  services.nspawnUnits.router.directory = "/var/lib/machines/router";

  containers.tracker = {
    privateNetwork = true;
    hostAddress = "10.77.0.1";
    localAddress = "10.77.0.2";
    config = { pkgs, ... }: {
      networking.firewall.allowedTCPPorts = [ 7070 ];
      system.stateVersion = "23.11";
    };
  };
}
