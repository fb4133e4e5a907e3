{
  description = "Two machines: web serves the blog and the wiki, db holds the databases";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
    home-manager = {
      url = "github:nix-community/home-manager/release-24.11";
      inputs.nixpkgs.follows = "nixpkgs";
    };
    sops-nix.url = "github:Mic92/sops-nix";
  };

  outputs = { self, nixpkgs, home-manager, sops-nix, ... }@inputs:
    let
      system = "x86_64-linux";
      mkHost = name: nixpkgs.lib.nixosSystem {
        inherit system;
        specialArgs = { inherit inputs; };
        modules = [
          ./hosts/${name}
          home-manager.nixosModules.home-manager
          sops-nix.nixosModules.sops
          { nixpkgs.overlays = [ self.overlays.default ]; }
        ];
      };
    in
    {
      nixosConfigurations = nixpkgs.lib.genAttrs [ "web" "db" ] mkHost;

      overlays.default = import ./overlays;

      packages.${system}.motd = nixpkgs.legacyPackages.${system}.callPackage ./pkgs/motd.nix { };

      homeConfigurations.alice = home-manager.lib.homeManagerConfiguration {
        pkgs = nixpkgs.legacyPackages.${system};
        modules = [ ./home/alice.nix ];
      };
    };
}
