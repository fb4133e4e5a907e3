# A flake-parts flake made with ez-configs: its flake module makes a NixOS host of each
# module of nixos-configurations (web.nix, db/default.nix), given `globalArgs` and
# `ezModules` (the modules of nixos-modules, the flake's `nixosModules` too, given
# `earlyModuleArgs` first: storage.nix's `dataRoot`) and, unless the host says
# otherwise, importing nixos-modules/default.nix; a host naming users in
# `userHomeModules` imports home-manager's module (which ncc does not evaluate) with
# their home-configurations modules. The laptop of darwin-configurations is a nix-darwin
# system ncc does not check. The web host's container forwards a port without a private
# network; the db host, which leaves the default module out, sets its own stateVersion.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
    ez-configs.url = "github:ehllie/ez-configs";
    home-manager.url = "github:nix-community/home-manager";
    darwin.url = "github:lnl7/nix-darwin";
  };

  outputs = inputs@{ flake-parts, ez-configs, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" "aarch64-darwin" ];
      imports = [ ez-configs.flakeModule ];

      ezConfigs = {
        root = ./.;
        earlyModuleArgs.dataRoot = "/srv/data";
        globalArgs = {
          inherit inputs;
          gateway = "10.50.0.1";
        };
        nixos.hosts = {
          web.userHomeModules = [ "alice" ];
          db.importDefault = false;
        };
      };
    };
}
