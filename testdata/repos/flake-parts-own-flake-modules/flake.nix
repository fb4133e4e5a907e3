# A flake-parts flake that imports none of flake-parts' extras and declares
# `flake.flakeModules` and `flake.modules` itself, as flake-parts leaves them to the
# extras (`flakeModules.flakeModules`, `flakeModules.modules`): no option is declared
# twice, the host made of its own `flake.modules.nixos` is checked.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
  };
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [
        ./parts/exports.nix
        ./parts/gateway.nix
        ./hosts/edge.nix
      ];
    };
}
