# Hosts kept among the packages, made per system by flake-utils:
# `packages.<system>.nixosConfigurations.<name>`. `nixos-rebuild --flake .#lab` builds
# them (Nix looks for `nixosConfigurations.lab` under `packages.<system>` first), so each
# is a host, checked once; the ISO package reads one of them.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; };
        machine = role: name: extra: nixpkgs.lib.nixosSystem {
          inherit system;
          specialArgs = { inherit role; };
          modules = [
            ./hosts/common.nix
            { networking.hostName = name; }
            extra
          ];
        };
      in
      {
        packages.nixosConfigurations = {
          lab = machine "server" "lab" { imports = [ ./hosts/lab.nix ]; };
          kiosk = machine "tv" "kiosk" {
            containers.player = {
              autoStart = true;
              config = { services.jellyfin.enable = true; system.stateVersion = "25.05"; };
            };
          };
        };
        packages = {
          motd = pkgs.writeText "motd" "welcome";
          iso = self.packages.${system}.nixosConfigurations.kiosk.config.system.build.isoImage;
        };
        devShell = pkgs.mkShell { packages = [ pkgs.nixos-rebuild ]; };
      });
}
