{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
    colmena.url = "github:zhaofengli/colmena";
  };

  outputs = { self, nixpkgs, colmena, ... }: {
    colmenaHive = colmena.lib.makeHive self.colmena;

    colmena = {
      meta = {
        nixpkgs = import nixpkgs { system = "x86_64-linux"; };
        specialArgs = { domain = "example.net"; };
      };

      defaults = { lib, ... }: {
        system.stateVersion = "24.11";
        deployment.buildOnTarget = lib.mkDefault false;
      };

      edge = import ./nodes/edge.nix;
      storage = { name, domain, ... }: {
        deployment.targetHost = "${name}.${domain}";
        containers.minio = {
          autoStart = true;
          config = { ... }: { services.minio.enable = true; };
        };
      };
    };
  };
}
