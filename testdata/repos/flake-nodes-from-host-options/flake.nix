# Every host reads `nodes`: the flake's hosts and the guests each host declares through
# its own option, collected from the hosts' configurations into one table.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.05";
  outputs = { self, nixpkgs, ... }:
    let
      inherit (nixpkgs) lib;
      mkHost = name: lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit (self) nodes; };
        modules = [ ./guests.nix ./hosts/${name}.nix ];
      };
    in
    {
      nixosConfigurations = lib.genAttrs [ "alpha" "beta" ] mkHost;
      guestConfigs = lib.concatMapAttrs (_: node:
        lib.mapAttrs' (guest: def: lib.nameValuePair def.nodeName guest)
          (node.config.guests or { })) self.nixosConfigurations;
      nodes = self.nixosConfigurations // self.guestConfigs;
    };
}
