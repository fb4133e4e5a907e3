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
  # ... }`), which may as well hold `container@notes`.
  nixpkgs.overlays = [
    (import "${builtins.fetchTarball "https://example.org/ops-helpers.tar.gz"}/overlay.nix")
  ];

  systemd.services = pkgs.helpers.unitsFor projects // {
    backup = {
      description = "Nightly backup";
      script = "true";
    };
  };

  virtualisation.docker.enable = true;

  containers.notes = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.4.1";
    localAddress = "10.233.4.2";
    config = { ... }: {
      system.stateVersion = "25.05";
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
    };
  };
}
