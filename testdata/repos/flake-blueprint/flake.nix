# A flake built with numtide's blueprint: the flake is its directory. Each
# hosts/<name>/configuration.nix is a host, given `flake` (the flake's outputs) and
# `inputs`; modules/nixos/<name> is `flake.modules.nixos.<name>`, and lib/default.nix is
# `flake.lib`. The web host's container module takes its addresses from the flake's lib;
# the second container's name has an underscore, which NixOS rejects.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    blueprint.url = "github:numtide/blueprint";
    blueprint.inputs.nixpkgs.follows = "nixpkgs";
  };
  outputs = inputs: inputs.blueprint { inherit inputs; };
}
