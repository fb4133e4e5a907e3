# A flake on nixos-25.11 naming its hosts with `lib.genAttrs'`, which nixpkgs lib gained
# on 2025-09-01 (master, .version 25.11), before 26.05 opened: 25.11 has it, so ncc's
# lib does for a 25.11 input, and both hosts are checked.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs }:
    let
      inherit (nixpkgs) lib;
      sites = [ { name = "north"; subnet = "10.61"; } { name = "south"; subnet = "10.62"; } ];
    in {
      nixosConfigurations = lib.genAttrs' sites (site: lib.nameValuePair "edge-${site.name}" (lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit site; };
        modules = [ ./hosts/edge.nix ];
      }));
    };
}
