# A snowfall-lib flake whose container imports one of the flake's own modules through
# `inputs.self.nixosModules`. snowfall publishes each modules/nixos/<path>/default.nix
# there called with the arguments its hosts get: `lib` with the flake's lib/ under
# `lib.<namespace>`, `namespace`, `inputs`, `system`, `target`, `format`, `virtual`
# and `systems`. A container's configuration is evaluated by itself, with nixpkgs' own
# lib, so the module reads `lib.camp` and `namespace` from what snowfall gave it; the
# gong container gives it a port its option rejects.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    snowfall-lib = {
      url = "github:snowfallorg/lib";
      inputs.nixpkgs.follows = "nixpkgs";
    };
  };
  outputs = inputs:
    inputs.snowfall-lib.mkFlake {
      inherit inputs;
      src = ./.;
      snowfall.namespace = "camp";
    };
}
