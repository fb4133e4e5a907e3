{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    systems.url = "github:nix-systems/default-linux";
  };

  # The systems come from an input ncc does not fetch: which ones flake-parts makes
  # `packages` for is unknown, so every system's read is, never "attribute missing".
  outputs = inputs@{ self, flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = import inputs.systems;
      perSystem = { pkgs, ... }: {
        packages.exporter = pkgs.writeShellScriptBin "exporter" "exec sleep infinity";
      };
      flake.nixosConfigurations.metrics = inputs.nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs.exporter = self.packages.x86_64-linux.exporter;
        modules = [ ./hosts/metrics.nix ];
      };
    };
}
