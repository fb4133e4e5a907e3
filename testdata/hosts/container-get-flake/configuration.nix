# A host without a flake whose container takes a module and a package set from flakes
# fetched while evaluating, as `nixos-rebuild` does with flakes enabled: each
# `builtins.getFlake` is a flake ncc does not fetch, its module one ncc does not
# evaluate and its packages the `pkgs` stand-in's; the container is checked, and its
# relative bind mount source reported.
{ config, pkgs, ... }:
{
  networking.hostName = "arcade";

  containers.games = {
    autoStart = true;
    bindMounts."/var/lib/games" = {
      hostPath = "srv/games";
      isReadOnly = false;
    };
    config = { config, lib, pkgs, ... }:
      let
        servers = builtins.getFlake "github:example/game-servers";
        unstable = import (builtins.getFlake "github:NixOS/nixpkgs/nixos-unstable") {
          config.allowUnfree = true;
        };
      in
      {
        imports = [ servers.nixosModules.default ];
        environment.systemPackages = [ unstable.tmux ];
        nix.settings.experimental-features = [ "nix-command" "flakes" ];
        system.stateVersion = "25.05";
      };
  };

  system.stateVersion = "25.05";
}
