# A flake whose hosts ask their package set which platform it is for: the module list
# is made per system from `import nixpkgs { inherit system; }` (an Apple-silicon module
# only where `pkgs.stdenv.isAarch64`), and a module picks a container's addresses by
# `pkgs.stdenv.hostPlatform`. nixpkgs knows its platform from `system` (`localSystem`,
# `crossSystem`), and NixOS from `lib.nixosSystem`'s `system` or `nixpkgs.hostPlatform`:
# `forge` is x86_64, whose branch gives its container an address that is not one
# (reported); `pi` is aarch64 by `nixpkgs.hostPlatform` and is checked on its own branch;
# `lab` names no system, which the machine evaluating it decides (`builtins.currentSystem`
# in nixpkgs' `import`, an unset `nixpkgs.system` in NixOS): what depends on it is unknown.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  inputs.flake-utils.url = "github:numtide/flake-utils";
  outputs = { self, nixpkgs, flake-utils, ... }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; config.allowUnfree = true; };
        lib = pkgs.lib;
        common = [ ./modules/edge.nix ]
          ++ lib.optionals pkgs.stdenv.isAarch64 [ ./modules/apple-silicon.nix ];
      in
      {
        packages.nixosConfigurations = {
          forge = nixpkgs.lib.nixosSystem {
            inherit system;
            modules = common ++ [ ./hosts/forge.nix ];
          };
          pi = nixpkgs.lib.nixosSystem {
            modules = common ++ [ ./hosts/pi.nix ];
          };
          lab = nixpkgs.lib.nixosSystem {
            modules = [ ./modules/edge.nix ./hosts/lab.nix ];
          };
        };
        formatter = pkgs.nixfmt-rfc-style;
      });
}
