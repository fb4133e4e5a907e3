# A host whose own module re-declares sub-options of an option that an input's module
# (not evaluated by ncc) declares; its container is checked all the same.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.05";
    persist.url = "github:example/persist";
  };
  outputs = inputs@{ nixpkgs, ... }: {
    nixosConfigurations.vault = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs = { inherit inputs; };
      modules = [ ./persistence.nix ./hosts/vault ];
    };
  };
}
