{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    colmena.url = "github:zhaofengli/colmena";
  };

  # The hive given to `makeHive` is a function of colmena's arguments, which colmena
  # calls with `{ }`: its nodes are hosts, and the container's relative bind mount
  # source is reported.
  outputs = { nixpkgs, colmena, ... }: {
    colmenaHive = colmena.lib.makeHive ({ localSystem ? "x86_64-linux", ... }: {
      meta.nixpkgs = import nixpkgs { system = localSystem; };
      gateway = { name, ... }: {
        deployment.targetHost = "${name}.lan";
        containers.dns = {
          autoStart = true;
          bindMounts."/var/lib/unbound".hostPath = "var/lib/unbound";
          config.system.stateVersion = "25.11";
        };
        system.stateVersion = "25.11";
      };
    });
  };
}
