{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { nixpkgs, ... }: {
    nixosConfigurations.edge = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [
        ./machines/edge/configuration.nix
        # generated on the machine by nixos-generate-config, never committed
        ./machines/edge/hardware-configuration.nix
      ];
    };
  };
}
