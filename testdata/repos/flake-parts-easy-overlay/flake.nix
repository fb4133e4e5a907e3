# A flake-parts flake importing flake-parts' own `easyOverlay` module, which makes
# `overlays.default` of what `perSystem` puts in `overlayAttrs`; the hosts add that
# overlay to their package set. The output is flake-parts': defined, never missing,
# though the flake writes no `flake.overlays` itself. The container's mistake (a
# relative host path) is still found.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
  };

  outputs = inputs@{ self, nixpkgs, flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ flake-parts.flakeModules.easyOverlay ];
      systems = [ "x86_64-linux" ];

      perSystem = { pkgs, ... }: {
        packages.status-page = pkgs.callPackage ./status-page.nix { };
        overlayAttrs = { inherit (self.packages.x86_64-linux) status-page; };
      };

      flake.nixosConfigurations.relay = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [
          { nixpkgs.overlays = [ self.overlays.default ]; }
          ./hosts/relay.nix
        ];
      };
    };
}
