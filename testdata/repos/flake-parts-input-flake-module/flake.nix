# A flake-parts flake that imports an input's flake module, which adds `flake.helpers`
# (ncc does not evaluate it): the host built by its helper is unknown to ncc; the host
# built by nixosSystem beside it is checked.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.05";
    flake-parts.url = "github:hercules-ci/flake-parts";
    system-helpers.url = "github:example/system-helpers";
  };
  outputs = inputs@{ self, flake-parts, nixpkgs, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [ inputs.system-helpers.flakeModules.default ];
      flake = {
        nixosConfigurations.edge = self.helpers.lib.mkLinuxSystem ./systems/edge.nix;
        nixosConfigurations.core = nixpkgs.lib.nixosSystem {
          system = "x86_64-linux";
          modules = [ ./systems/core.nix ];
        };
      };
    };
}
