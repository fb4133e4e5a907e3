{
  description = "A rack of numbered build nodes, named with nixpkgs' own library";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";

  outputs = { self, nixpkgs }:
    let
      system = "x86_64-linux";
      pkgs = nixpkgs.legacyPackages.${system};
      padded = n: pkgs.lib.fixedWidthString 2 "0" (toString n);
      node = n: {
        name = "node-${padded n}";
        value = nixpkgs.lib.nixosSystem {
          inherit system;
          specialArgs = { number = padded n; index = n; };
          modules = [ ./hosts/node.nix ];
        };
      };
    in
    {
      nixosConfigurations = builtins.listToAttrs (map node [ 1 2 ]);
    };
}
