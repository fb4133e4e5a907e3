# A flake on nixos-26.05 using what nixpkgs lib 26.05 added to 25.11's: its NixOS modules
# are every file of a tree, listed by `lib.mapAttrsToListRecursive`, and its hosts are
# made by `lib.genAttrs'` from a list of names. ncc's lib has both for an input whose
# release is 26.05 or later, so the hosts are checked, and the mistake in one's container
# (an underscore in its name) is found. A name lib 26.05 has not (`nextAddress`, of a
# later nixpkgs) is unknown on kiln, its help saying what ncc's lib is there.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-26.05";

  outputs = { self, nixpkgs }:
    let
      inherit (nixpkgs) lib;
      tree = {
        base = ./modules/base.nix;
        services = { web = ./modules/services/web.nix; };
      };
    in {
      nixosModules.default.imports = lib.mapAttrsToListRecursive (path: file: file) tree;
      nixosConfigurations = lib.genAttrs' [ "lantern" "quarry" "kiln" ] (name: lib.nameValuePair name (lib.nixosSystem {
        modules = [ self.nixosModules.default ./hosts/${name}.nix ];
      }));
    };
}
