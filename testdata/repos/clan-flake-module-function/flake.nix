# A clan built with flake-parts whose `flake.clan` is a module function, as clan-core
# evaluates it: its arguments include `self` (clan-core gives its modules `self`,
# `clan-core` and `nixpkgs`), and clan gives each machine the flake as `self` too
# (machines/hub imports with it). Flake modules of the repository add machines
# (`flake.clan.machines.<name>`), one file each; the inventory's darwin machine is
# nix-darwin's, no NixOS host.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flake-parts = {
      url = "github:hercules-ci/flake-parts";
      inputs.nixpkgs-lib.follows = "nixpkgs";
    };
    clan-core = {
      url = "git+https://git.clan.lol/clan/clan-core";
      inputs.nixpkgs.follows = "nixpkgs";
      inputs.flake-parts.follows = "flake-parts";
    };
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [
        inputs.flake-parts.flakeModules.modules
        inputs.clan-core.flakeModules.default
        ./modules/development.nix
        ./modules/vm-cache.nix
        ./modules/vm-dns.nix
      ];

      systems = [ "x86_64-linux" "aarch64-darwin" ];

      flake.clan = { self, ... }: {
        meta.name = "rack";
        inventory.machines = {
          hub.deploy.targetHost = "root@hub";
          studio.machineClass = "darwin";
        };
        inventory.instances.developer = {
          module.name = "users";
          roles.default.tags.all = { };
          roles.default.extraModules = with self.modules.nixos; [ development ];
        };
      };
    };
}
