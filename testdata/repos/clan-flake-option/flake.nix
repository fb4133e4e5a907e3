# A clan built with flake-parts, defined under `flake.clan` (the name clan-core's flake
# module now declares; `clan` is renamed to it) by a flake module of the repository's
# own, beside flake modules of inputs ncc does not evaluate. clan makes a host of each
# inventory machine, from machines/<name>/configuration.nix and the specialArgs given.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    clan-core.url = "https://git.clan.lol/clan/clan-core/archive/main.tar.gz";
    treefmt-nix.url = "github:numtide/treefmt-nix";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [
        inputs.clan-core.flakeModules.default
        inputs.treefmt-nix.flakeModule
        ./machines/flake-module.nix
      ];
    };
}
