# A clan built with flake-parts whose flake builds on each machine clan makes: the
# flake module exposes the clan's outputs as `flake.clan`, and the repository's own
# `nixosConfigurations.<name>` extends `self.clan.nixosConfigurations.<name>` with a
# special argument of its own. The edge's container forwards host port 443 twice.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    clan-core.url = "https://git.clan.lol/clan/clan-core/archive/main.tar.gz";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [
        inputs.clan-core.flakeModules.default
        ./modules/edge.nix
      ];
    };
}
