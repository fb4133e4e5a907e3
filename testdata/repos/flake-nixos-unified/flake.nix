# A flake-parts flake made with nixos-unified: its flake module gives the flake
# `nixos-unified.lib`, whose `mkLinuxSystem` makes a NixOS host of a module (the gateway,
# written here), and its autoWire module makes one host of each
# configurations/nixos/<name>.nix or <name>/default.nix (with home-manager's module,
# which ncc does not evaluate), `nixosModules` of modules/nixos, and nix-darwin systems of
# configurations/darwin, which ncc does not check. Every host is given `flake` (the
# flake's `self`, `inputs` and `config`). The web host's container mounts a relative
# path; the db host gives nixos-unified's `sshTarget` a number, which its option (a
# string or null) rejects where the host's container reads it.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
    nixos-unified.url = "github:srid/nixos-unified";
    home-manager.url = "github:nix-community/home-manager";
    home-manager.inputs.nixpkgs.follows = "nixpkgs";
    nix-darwin.url = "github:nix-darwin/nix-darwin";
  };

  outputs = inputs@{ self, ... }:
    inputs.flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" "aarch64-darwin" ];
      imports = [
        inputs.nixos-unified.flakeModules.default
        inputs.nixos-unified.flakeModules.autoWire
      ];
      flake.nixosConfigurations.gateway =
        self.nixos-unified.lib.mkLinuxSystem { home-manager = false; } ./hosts/gateway.nix;
      perSystem = { self', ... }: {
        packages.default = self'.packages.activate;
        nixos-unified.primary-inputs = [ "nixpkgs" "home-manager" "nixos-unified" ];
      };
    };
}
