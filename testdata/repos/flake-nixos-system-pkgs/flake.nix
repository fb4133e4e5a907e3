# A flake that makes its package set once, with the site's overlay, and gives it to
# `lib.nixosSystem` as `pkgs` (NixOS's `nixpkgs.pkgs`); the host appends an overlay of
# its own through `nixpkgs.overlays`, as NixOS appends them. The container's addresses
# come from the site's overlay, and the gateway the host's overlay derives from them
# carries a prefix length, which the container cannot route through: it is reported.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  outputs = { self, nixpkgs, ... }:
    let
      system = "x86_64-linux";
      pkgs = import nixpkgs {
        inherit system;
        overlays = [
          (final: prev: {
            site = {
              subnet = "10.40.0";
              addressOf = host: "${final.site.subnet}.${toString host}";
            };
          })
        ];
      };
    in
    {
      nixosConfigurations.gate = nixpkgs.lib.nixosSystem {
        inherit system pkgs;
        modules = [ ./configuration.nix ];
      };
    };
}
