# A flake that takes flake-parts and nixpkgs from another flake of its owner's
# (`flake-parts.follows = "core/flake-parts"`), whose flake-parts' `nixpkgs-lib` follows
# that flake's nixpkgs: flake.lock's root entry for flake-parts is a path, and flake-parts'
# own entry says `nixpkgs-lib` is `[ "core" "nixpkgs" ]`, the node the flake's `nixpkgs`
# is too. flake-parts' `lib` is then nixpkgs' own, with `nixosSystem`, and the rescue
# host it makes is a NixOS system. ncc read the root entry as a node's name only, gave
# the modules lib alone, and said it could not know `lib.nixosSystem` (N301): the host
# went unchecked.
{
  inputs = {
    core.url = "github:example/core";
    flake-parts.follows = "core/flake-parts";
    nixpkgs.follows = "core/nixpkgs";
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } ({ lib, ... }: {
      systems = [ "x86_64-linux" ];
      flake.nixosConfigurations.rescue = lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit lib; };
        modules = [ ./hosts/rescue.nix ];
      };
    });
}
