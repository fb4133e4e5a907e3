# A flake-parts flake that adds an output of its own made per system, as flake-parts'
# `mkTransposedPerSystemModule` makes one: `perSystem` builds the package set once, with
# the site's overlay (whose `lib` carries the site's numbering), and exports it as
# `pkgs.<system>`; the host takes its `lib` from `pkgs.x86_64-linux`. flake-parts runs
# `perSystem` for that output, so the host's `lib` is the overlay's and its container is
# checked: a forwarded port past 65535 is reported, as NixOS reports it. `pkgsEdge` is
# declared the same way and set by the flake module of an input ncc does not evaluate:
# what `vault` reads of it is unknown, never "has no value defined".
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.edge-parts.url = "github:example/edge-parts";
  outputs = inputs:
    inputs.flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" "aarch64-linux" ];
      imports = [
        inputs.edge-parts.flakeModules.default
        ./parts/pkgs.nix
        ./parts/shells.nix
        ./parts/hosts.nix
      ];
    };
}
