# A flake that follows nixos-unstable, whose lib has functions nixpkgs lib 25.11 (ncc's)
# has not yet: `lib.cli.toCommandLine` builds the inference server's command line. Such a
# name is unknown to ncc, not missing, and what depends on it is left unchecked; the
# container's own mistake (a bind mount whose host path is relative) is still found.
# `nixpkgs-stable` is nixos-25.11, for a few packages.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    nixpkgs-stable.url = "github:NixOS/nixpkgs/nixos-25.11";
  };

  outputs = { self, nixpkgs, nixpkgs-stable }: {
    nixosConfigurations.inference = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs.stable = nixpkgs-stable.legacyPackages.x86_64-linux;
      modules = [ ./hosts/inference.nix ];
    };
  };
}
