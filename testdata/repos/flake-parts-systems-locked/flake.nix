{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
    systems.url = "github:nix-systems/default-linux";
  };

  # The systems come from an input ncc does not fetch, but the lock fixes it at a
  # revision of nix-systems/default-linux, whose list is known: one gateway per system,
  # each checked.
  outputs = inputs@{ self, flake-parts, nixpkgs, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ config, lib, ... }: {
      systems = import inputs.systems;
      perSystem = { pkgs, ... }: {
        packages.relay = pkgs.writeShellScriptBin "relay" "exec sleep infinity";
      };
      flake.nixosConfigurations = lib.listToAttrs (map (system:
        lib.nameValuePair "gateway-${lib.head (lib.splitString "-" system)}" (nixpkgs.lib.nixosSystem {
          inherit system;
          specialArgs.relay = self.packages.${system}.relay;
          modules = [ ./hosts/gateway.nix ];
        })) config.systems);
    });
}
