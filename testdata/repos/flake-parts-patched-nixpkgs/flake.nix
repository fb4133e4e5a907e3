# Hosts made by the eval-config.nix of a nixpkgs tree patched by `applyPatches`, which a
# flake module of an input puts among the flake's packages (`nixpkgs-patched`): that tree
# is nixpkgs, so each is a host ncc checks. The site's helpers read each host's own
# `config` back through the flake's outputs (`self.nixosConfigurations.${n}.config`),
# which NixOS evaluates apart: its host name is that evaluation's ("edge"), so the
# helpers find the host's tags and the proxy starts with the host.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.site-tools.url = "github:example/site-tools";

  outputs =
    { flake-parts, ... }@inputs:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [
        inputs.site-tools.flakeModules.patched-nixpkgs
        ./flake-modules/hosts.nix
      ];
    };
}
