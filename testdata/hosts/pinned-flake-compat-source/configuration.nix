# A laptop pinning a driver's flake with niv: the top of that source is its flake-compat
# default.nix, a set whose `overrideInputs` gives the flake, not nixpkgs' function.
{ lib, pkgs, ... }:
let
  sources = import ./nix/sources.nix;
in
{
  imports = [
    ((import sources.fingerprint-sensor).overrideInputs {
      nixpkgs = pkgs.path;
    }).nixosModules.fingerprint-sensor
  ];

  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/nvme0n1p2";
  networking.hostName = "thinkpad";

  services.fingerprint-sensor = {
    enable = true;
    backend = "libfprint-tod";
  };

  containers.scratch = {
    ephemeral = true;
    privateNetwork = true;
    hostAddress = "192.168.100.10";
    localAddress = "192.168.100.11";
    config = { ... }: {
      system.stateVersion = "24.11";
    };
  };

  system.stateVersion = "24.11";
}
