# A flake made by nixos-unified's `lib.mkFlake`: flake-parts' `mkFlake` of every file of
# modules/flake (the first of nix/modules/flake, modules/flake, nix/modules/flake-parts
# and modules/flake-parts that is there), given `root`. The toplevel module imports
# nixos-unified's flake modules, so configurations/nixos/vault is a host, made with
# home-manager's module (the flake's input, which ncc does not evaluate). The vault
# host's container is named with an underscore, which NixOS's containers module refuses.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    nixos-unified.url = "github:srid/nixos-unified";
    home-manager.url = "github:nix-community/home-manager";
    agenix.url = "github:ryantm/agenix";
  };

  outputs = inputs:
    inputs.nixos-unified.lib.mkFlake { inherit inputs; root = ./.; };
}
