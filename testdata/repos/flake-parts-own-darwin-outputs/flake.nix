# A flake-parts flake that declares the nix-darwin outputs itself, as flake-parts does
# not, and modules for both located with flake-parts' `moduleLocation`: its NixOS host
# is checked, its darwin host is not a NixOS one.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.darwin.url = "github:nix-darwin/nix-darwin";
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" "aarch64-darwin" ];
      imports = [
        ./modules/outputs.nix
        ./hosts/studio
      ];
      flake.sharedModules.base = { time.timeZone = "UTC"; };
      flake.darwinConfigurations.laptop = inputs.darwin.lib.darwinSystem {
        modules = [ { system.stateVersion = 6; } ];
      };
    };
}
