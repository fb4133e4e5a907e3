{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";

  # Two hosts import one monitoring module; its mistake is found by the check of each.
  outputs = { nixpkgs, ... }: {
    nixosConfigurations = {
      alpha = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/alpha.nix ./modules/monitoring.nix ];
      };
      beta = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/beta.nix ./modules/monitoring.nix ];
      };
    };
  };
}
