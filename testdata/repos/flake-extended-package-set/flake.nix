# A flake that extends its package set with `//` (a package of its own next to nixpkgs')
# and reads a package through the result, as configurations that pin or patch nixpkgs do:
# the package set is nixpkgs' (which ncc does not evaluate) plus one attribute, so every
# other attribute is unknown, not missing. The host is checked; its container's
# `autoStart` is the mistake.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  outputs = { nixpkgs, ... }:
    let
      system = "x86_64-linux";
      pkgs = nixpkgs.legacyPackages.${system} // { motd = "welcome"; };
      pinned = import nixpkgs { inherit system; overlays = [ (final: prev: { pins = prev; }) ]; } // { tag = "pinned"; };
    in {
      nixosConfigurations.box = nixpkgs.lib.nixosSystem {
        system = pkgs.stdenv.hostPlatform.system;
        specialArgs = { inherit pkgs; editor = pinned.pins.vim; };
        modules = [ ./configuration.nix ] ++ nixpkgs.lib.optional (pinned.pins ? vim) { environment.variables.EDITOR = "vim"; };
      };
    };
}
