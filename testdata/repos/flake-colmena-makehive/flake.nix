{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    colmena.url = "github:zhaofengli/colmena";
  };

  # Newer colmena: the hive only exists inside `makeHive`.
  outputs = { self, nixpkgs, colmena, ... }@inputs: {
    colmenaHive = colmena.lib.makeHive {
      meta = {
        nixpkgs = import nixpkgs { system = "x86_64-linux"; };
        specialArgs = { inherit inputs; };
      };
      relay = { name, ... }: {
        system.stateVersion = "25.05";
        deployment.targetHost = name;
        containers."irc_bouncer" = {
          autoStart = true;
          config = { ... }: { services.znc.enable = true; };
        };
      };
    };
  };
}
