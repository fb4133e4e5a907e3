# A flake whose outputs a framework ncc does not evaluate makes; its host gets `self`
# through specialArgs, so ncc checks the host's file without it.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.05";
  inputs.framework.url = "github:example/framework";
  outputs = inputs@{ self, framework, ... }:
    framework.lib.mkFlake { inherit inputs; } {
      nixosConfigurations.gateway = ./gateway/configuration.nix;
    };
}
