# A flake deployed with deploy-rs whose vault host is kept under an output Nix gives no
# meaning to (`nixosConfiguration`, without the s): `nixos-rebuild` would not find it,
# but `deploy` builds and activates what each profile's `path` activates, so it is a
# host, named by its node and profile. The web node's profile activates one of
# `nixosConfigurations`, which is checked once, as that configuration.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    deploy-rs.url = "github:serokell/deploy-rs";
  };

  outputs = { self, nixpkgs, deploy-rs, ... }: {
    nixosConfiguration.vault = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/vault.nix ];
    };

    nixosConfigurations.web = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/web.nix ];
    };

    deploy.nodes = {
      vault = {
        hostname = "10.0.4.10";
        profiles.system = {
          user = "root";
          path = deploy-rs.lib.x86_64-linux.activate.nixos self.nixosConfiguration.vault;
        };
      };
      web = {
        hostname = "10.0.4.11";
        profiles.system = {
          user = "root";
          path = deploy-rs.lib.x86_64-linux.activate.nixos self.nixosConfigurations.web;
        };
      };
    };

    checks = builtins.mapAttrs (system: deployLib: deployLib.deployChecks self.deploy) deploy-rs.lib;
  };
}
