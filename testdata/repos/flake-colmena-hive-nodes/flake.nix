{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    colmena.url = "github:zhaofengli/colmena";
  };

  # The hive is written once as `colmena`; `colmenaHive` is made of it, and
  # `nixosConfigurations` are the hive's nodes, so that `nixos-rebuild --flake` works too.
  outputs = { self, nixpkgs, colmena, ... }: {
    nixosConfigurations = self.colmenaHive.nodes;
    colmenaHive = colmena.lib.makeHive self.colmena;
    colmena = {
      meta.nixpkgs = import nixpkgs { system = "x86_64-linux"; };
      defaults = { system.stateVersion = "25.05"; };
      gateway = import ./hosts/gateway.nix;
    };
  };
}
