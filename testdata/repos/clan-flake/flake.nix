# A clan (clan.lol) built with flake-parts and clan-core's flake module: clan makes a
# nixosConfiguration for every machine (a directory of ./machines, an inventory entry),
# from the files it includes by itself (machines/<name>/configuration.nix) and the
# specialArgs given to it.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    clan-core = {
      url = "https://git.clan.lol/clan/clan-core/archive/main.tar.gz";
      inputs.nixpkgs.follows = "nixpkgs";
      inputs.flake-parts.follows = "flake-parts";
    };
  };

  outputs = inputs@{ flake-parts, self, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [ inputs.clan-core.flakeModules.default ];

      clan = {
        meta.name = "homelab";
        specialArgs = { inherit inputs; };
        inventory.machines = {
          gateway.tags = [ "server" ];
          media.tags = [ "server" ];
        };
        inventory.instances.admin = {
          module.name = "admin";
          module.input = "clan-core";
          roles.default.tags.all = { };
        };
      };
    };
}
