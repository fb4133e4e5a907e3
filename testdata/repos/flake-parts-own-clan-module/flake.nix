# A flake-parts flake with no clan-core input whose own flake module declares `clan`
# (and `flake.clan`, renamed to it), as clan-core's own flake does with its clan flake
# module: the module is the project's, evaluated by ncc, so ncc's stand-in for clan's
# flake module (which declares the same options for a clan-core input's) is not
# declared. Before, `clan` was declared twice, the flake's `mkFlake` was only a note and
# its machine not checked. The machine's container forwards a port with no private
# network, which NixOS ignores.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";
    flake-parts.url = "github:hercules-ci/flake-parts";
  };
  outputs = inputs@{ nixpkgs, flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [ ./parts/fleet.nix ];
      clan.name = "workshop";
      clan.machines.relay = ./machines/relay;
    };
}
