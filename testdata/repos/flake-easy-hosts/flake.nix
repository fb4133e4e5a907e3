# A flake-parts flake made with easy-hosts: its flake module makes a host of each
# directory hosts/<arch>-<class>/<name> (`autoConstruct`: the web host, and the laptop, a
# nix-darwin system ncc does not check) and of each `easy-hosts.hosts.<name>` (the db
# host, of its own path). Every NixOS host gets the shared modules, those of its class
# and of each of its tags, and the special arguments `inputs`, `self` and the shared
# `site`. The web host's container mounts a relative path; the db host's container
# reads the tag's `siteBridge`.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
    easy-hosts.url = "github:tgirlcloud/easy-hosts";
    nix-darwin.url = "github:nix-darwin/nix-darwin";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" "aarch64-linux" "aarch64-darwin" ];
      imports = [ inputs.easy-hosts.flakeModule ];

      easy-hosts = {
        autoConstruct = true;
        path = ./hosts;

        shared = {
          specialArgs.site = "north";
          modules = [ ./modules/common.nix ];
        };

        perClass = class: {
          modules = if class == "nixos" then [{ boot.enableContainers = true; }] else [ ];
        };

        perTag = tag: {
          modules = [ (./modules/sites + "/${tag}.nix") ];
        };

        hosts.db = {
          arch = "aarch64";
          path = ./machines/db;
          tags = [ "north" ];
        };
      };
    };
}
