# A blueprint flake whose blueprint lives under a directory of the flake, given as a
# path (`prefix = ./nix;`), as blueprint allows, beside a string (`prefix = "nix";`):
# nix/hosts/<name>/configuration.nix is a host. The relay's container forwards a port
# outside the range of ports.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    blueprint.url = "github:numtide/blueprint";
    blueprint.inputs.nixpkgs.follows = "nixpkgs";
  };
  outputs = inputs: inputs.blueprint {
    inherit inputs;
    prefix = ./nix;
    nixpkgs.config.allowUnfree = true;
  };
}
