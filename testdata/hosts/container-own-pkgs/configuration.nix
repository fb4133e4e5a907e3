# Each container's `pkgs` is its own package set: NixOS evaluates a container's
# configuration apart (nixos-containers.nix calls eval-config.nix without `pkgs`), so
# the container's own `nixpkgs.overlays` apply to it and the host's do not, unless the
# container takes the host's set with `nixpkgs.pkgs` (its own overlays are then
# appended, as nixpkgs' `appendOverlays` does). The host takes its set from
# `nixpkgs.pkgs` as well, with one more overlay appended. The app's port, a string in
# its overlay, is reported; what the plain container reads for the port it forwards is
# not in its set.
{ config, lib, pkgs, ... }:
let
  hostPkgs = pkgs;
in
{
  nixpkgs.pkgs = import <nixpkgs> {
    overlays = [ (final: prev: { ports = { metrics = 9100; }; }) ];
  };
  nixpkgs.overlays = [ (final: prev: { ports = prev.ports // { app = 8080; }; }) ];

  networking.firewall.allowedTCPPorts = [ pkgs.ports.metrics ];

  containers.app = {
    autoStart = true;
    config = { pkgs, ... }: {
      nixpkgs.overlays = [ (final: prev: { appConfig = { listen = "3000"; }; }) ];
      networking.firewall.allowedTCPPorts = [ pkgs.appConfig.listen ];
      system.stateVersion = "24.05";
    };
  };

  containers.metrics = {
    autoStart = true;
    config = { pkgs, ... }: {
      nixpkgs.pkgs = hostPkgs;
      nixpkgs.overlays = [ (final: prev: { ports = prev.ports // { push = 9091; }; }) ];
      networking.firewall.allowedTCPPorts = [ pkgs.ports.metrics pkgs.ports.app pkgs.ports.push ];
      system.stateVersion = "24.05";
    };
  };

  containers.plain = {
    privateNetwork = true;
    forwardPorts = [ { hostPort = 8080; } ];
    config = { pkgs, ... }: {
      networking.firewall.allowedTCPPorts = [ pkgs.ports.app ];
      system.stateVersion = "24.05";
    };
  };

  system.stateVersion = "24.05";
}
