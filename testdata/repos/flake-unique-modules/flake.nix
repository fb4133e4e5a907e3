# A flake whose hosts a helper of its own makes, deduplicating each host's modules with
# `lib.unique`: shared profiles, the host's own files and a function module, beside modules
# of inputs ncc does not evaluate. `elem` compares each with those before it: a path of the
# project or a function of its own is never an input's module, so the list is known and
# the hosts are checked (`gate` forwards a port its container's firewall does not open).
# Two modules of inputs compared with each other are unknown, as whether one input's
# module is another's cannot be known: `relay`, which has two, is not checked.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    home-manager.url = "github:nix-community/home-manager/release-25.11";
    vscode-server.url = "github:nix-community/nixos-vscode-server";
  };
  outputs = { nixpkgs, ... }@inputs:
    let
      mkHosts = import ./lib/mk-hosts.nix { inherit inputs; inherit (nixpkgs) lib; };
    in {
      nixosConfigurations = mkHosts {
        gate = {
          profiles = [ ./profiles/base.nix ./profiles/server.nix ];
          modules = [ ./hosts/gate/default.nix ./profiles/base.nix ];
          extraModules = [ inputs.home-manager.nixosModules.home-manager ];
        };
        relay = {
          profiles = [ ./profiles/base.nix ];
          modules = [ ./hosts/relay.nix ];
          extraModules = [
            inputs.home-manager.nixosModules.home-manager
            inputs.vscode-server.nixosModules.default
          ];
        };
      };
    };
}
