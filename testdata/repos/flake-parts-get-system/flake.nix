# A flake-parts flake whose host takes its package set from flake-parts' `getSystem`:
# `(getSystem system).allModuleArgs.pkgs` is the `pkgs` argument of that system's
# `perSystem`, as `withSystem` gives it (it was "attribute 'allModuleArgs' missing").
# The host is checked: its container bind-mounts a package of that set, and a relative path.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
  };
  outputs = inputs@{ flake-parts, nixpkgs, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ getSystem, ... }: {
      systems = [ "x86_64-linux" ];
      flake.nixosConfigurations.relay = nixpkgs.lib.nixosSystem {
        modules = [
          nixpkgs.nixosModules.readOnlyPkgs
          { nixpkgs.pkgs = (getSystem "x86_64-linux").allModuleArgs.pkgs; }
          ./relay.nix
        ];
      };
    });
}
