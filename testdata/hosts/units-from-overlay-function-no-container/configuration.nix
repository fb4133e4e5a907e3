{ config, lib, pkgs, ... }:
let
  # The compose projects this host runs, each started by a unit of its own.
  projects = {
    wiki = { networks = [ "front" ]; };
    feeds = { networks = [ "front" "db" ]; };
  };
in
{
  imports = [ ./hardware-configuration.nix ];

  boot.loader.systemd-boot.enable = true;
  networking.hostName = "docks";
  system.stateVersion = "25.05";

  # The team's helpers, an overlay of a tarball ncc does not fetch: in NixOS
  # `pkgs.helpers.unitsFor` gives a set of units (`{ wiki = { requires = [ ... ]; };
  # ... }`).
  nixpkgs.overlays = [
    (import "${builtins.fetchTarball "https://example.org/ops-helpers.tar.gz"}/overlay.nix")
  ];

  systemd.services = pkgs.helpers.unitsFor projects;

  virtualisation.docker.enable = true;
}
