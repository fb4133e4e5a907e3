{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";

  # Three hosts import one monitoring module, whose mistake the check of each finds;
  # gamma is beta with another name, so it repeats beta's own mistake too.
  outputs = { nixpkgs, ... }: {
    nixosConfigurations = {
      alpha = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/alpha.nix ./modules/monitoring.nix ];
      };
      beta = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./modules/monitoring.nix ./hosts/beta.nix ];
      };
      gamma = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./modules/monitoring.nix ./hosts/gamma.nix ];
      };
    };
  };
}
