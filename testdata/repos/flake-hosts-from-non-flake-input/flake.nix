# Hosts made by a helper of an input that is not a flake (`flake = false`), imported
# from its files: ncc does not read them, so the hosts are not checked, and the note
# names the helper and the input, not the stand-in's store path.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    helpers = {
      url = "github:example/nix-helpers";
      flake = false;
    };
  };

  outputs = { self, nixpkgs, helpers, ... }:
    let
      inherit (import helpers) mapHosts;
      mkHost = host: nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/${host.name}.nix ];
      };
    in {
      nixosConfigurations = mapHosts (h: h.name) mkHost [ { name = "vault"; } ];
    };
}
