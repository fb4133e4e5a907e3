# A flake-parts flake whose own flake module declares an output option
# (`options.flake.colmena = mkOption { ... }`, which nixpkgs merges into flake-parts'
# `flake` submodule) and builds its colmena hive from it; another flake module adds a
# node to it. The hive's nodes are checked.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";
    flake-parts.url = "github:hercules-ci/flake-parts";
    colmena.url = "github:zhaofengli/colmena";
  };
  outputs = inputs@{ self, nixpkgs, flake-parts, colmena, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ ./flake/hive-option.nix ./flake/monitoring.nix ];
      systems = [ "x86_64-linux" ];
      flake.colmenaHive = colmena.lib.makeHive self.outputs.colmena;
      flake.colmena = {
        meta.nixpkgs = import nixpkgs { system = "x86_64-linux"; };
        defaults = { system.stateVersion = "25.05"; };
        gateway.imports = [ ./hosts/gateway.nix ];
      };
    };
}
