# A host whose modules read helpers of a library from NUR, under `with lib;`: Nix finds
# `getFiles` in the inner scope, NUR's library (a directory's files), not lib's
# `getFiles` (the files of option definitions), which ncc cannot tell apart.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
  inputs.nur.url = "github:nix-community/NUR";
  outputs = { self, nixpkgs, nur }: {
    nixosConfigurations.desk = nixpkgs.lib.nixosSystem {
      specialArgs.pkgs = import nixpkgs {
        system = "x86_64-linux";
        overlays = [ nur.overlays.default ];
      };
      modules = [ ./hosts/desk.nix ];
    };
  };
}
