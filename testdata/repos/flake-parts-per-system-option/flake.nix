# A flake-parts flake whose own flake module adds an option to `perSystem` with
# flake-parts' `mkPerSystemOption` (`isBuildSystem`, defaulting by the system), which
# its `perSystem` reads; its host, with a container, is built in `flake`. flake-parts
# merges that declaration into its own `perSystem` option, so the flake evaluates and
# `nixosConfigurations.gateway` is checked.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
  };
  outputs = inputs@{ flake-parts, nixpkgs, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" "aarch64-linux" ];
      imports = [ ./parts/build-systems.nix ];
      perSystem = { config, pkgs, ... }: {
        packages = nixpkgs.lib.optionalAttrs config.isBuildSystem { inherit (pkgs) hello; };
      };
      flake.nixosConfigurations.gateway = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/gateway.nix ];
      };
    };
}
