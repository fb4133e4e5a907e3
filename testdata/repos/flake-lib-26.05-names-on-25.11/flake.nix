# The flake of flake-lib-26.05-names on nixos-25.11, whose lib lacks what 26.05 added:
# `lib.mapAttrsToListRecursive` is missing there, in Nix as in ncc (an error, as before
# ncc's lib knew 26.05), and no host is checked.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs }:
    let
      inherit (nixpkgs) lib;
      tree = {
        base = ./modules/base.nix;
        services = { web = ./modules/services/web.nix; };
      };
    in {
      nixosModules.default.imports = lib.mapAttrsToListRecursive (path: file: file) tree;
      nixosConfigurations = lib.genAttrs' [ "lantern" "quarry" ] (name: lib.nameValuePair name (lib.nixosSystem {
        modules = [ self.nixosModules.default ./hosts/${name}.nix ];
      }));
    };
}
