# nixpkgs from FlakeHub: Determinate Systems' weekly and "chilled" release flakes are
# nixpkgs, so their `lib.nixosSystem` makes hosts ncc checks; a formatter published
# there under a name starting with nixpkgs is not.
{
  inputs = {
    nixpkgs.url = "https://flakehub.com/f/DeterminateSystems/nixpkgs-weekly/0.1";
    nixpkgs-stable.url = "https://flakehub.com/f/DeterminateSystems/nixpkgs-25.11-chilled/0.1";
    nixpkgs-fmt.url = "https://flakehub.com/f/nix-community/nixpkgs-fmt/1.3";
  };

  outputs = { self, nixpkgs, nixpkgs-stable, nixpkgs-fmt }: {
    nixosConfigurations = {
      relay = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/relay.nix ];
      };
      archive = nixpkgs-stable.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/archive.nix ];
      };
    };
    formatter.x86_64-linux = nixpkgs-fmt.defaultPackage.x86_64-linux;
  };
}
