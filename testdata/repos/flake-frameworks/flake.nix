{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flake-utils.url = "github:numtide/flake-utils";
    sops-nix.url = "github:Mic92/sops-nix";
    deploy-rs.url = "github:serokell/deploy-rs";
    nixos-generators.url = "github:nix-community/nixos-generators";
  };

  outputs = { self, nixpkgs, flake-utils, sops-nix, deploy-rs, nixos-generators, ... }@inputs:
    flake-utils.lib.eachDefaultSystem (system:
      let pkgs = import nixpkgs { inherit system; };
      in {
        packages.default = pkgs.hello;
        devShells.default = pkgs.mkShell { packages = [ pkgs.nixpkgs-fmt ]; };
      })
    // {
      nixosConfigurations.gateway = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit inputs; };
        modules = [
          sops-nix.nixosModules.sops
          ./hosts/gateway.nix
        ];
      };

      # Made by an input ncc does not evaluate: named in a note, not checked.
      nixosConfigurations.installer = nixos-generators.nixosGenerate {
        system = "x86_64-linux";
        format = "iso";
      };

      # deploy-rs deploys the nixosConfigurations above.
      deploy.nodes.gateway = {
        hostname = "gateway.example.org";
        profiles.system.path = deploy-rs.lib.x86_64-linux.activate.nixos self.nixosConfigurations.gateway;
      };

      checks = builtins.mapAttrs (system: deployLib: deployLib.deployChecks self.deploy) deploy-rs.lib;
    };
}
