{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";

  # Hosts made by nixpkgs' own eval-config.nix, which `lib.nixosSystem` calls: the older
  # way, still in use where a flake wants `baseModules` or its own `lib`.
  outputs = { self, nixpkgs }:
    let
      evalConfig = import "${nixpkgs}/nixos/lib/eval-config.nix";
    in
    {
      nixosConfigurations.relay = evalConfig {
        system = "x86_64-linux";
        specialArgs = { uplink = "enp1s0"; };
        modules = [ ./hosts/relay.nix ];
      };

      nixosConfigurations.store = import (nixpkgs + "/nixos/lib/eval-config.nix") {
        system = "aarch64-linux";
        modules = [ ./hosts/store.nix ];
      };
    };
}
