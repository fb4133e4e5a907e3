{
  description = "Hosts handed their own configuration back through the flake's outputs";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs, ... }@inputs: {
    nixosConfigurations = nixpkgs.lib.genAttrs [ "den" "attic" ] (hostname:
      nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [
          ./hosts/${hostname}
          ./modules/media.nix
          ./modules/jellyfin.nix
          { networking.hostName = hostname; }
        ];
        # The container helpers read the host's own options, as the modules do.
        specialArgs = let
          config = self.nixosConfigurations.${hostname}.config;
        in {
          inherit inputs;
          container = import ./lib/container.nix { inherit (nixpkgs) lib; inherit config; };
        };
      });
  };
}
