# A flake-parts flake whose own helper library is one of its outputs (`flake.lib`) and
# reads itself through `self.lib`; the hosts are found by that library. `self` is the
# flake's outputs, merged by flake-parts as a lazy freeform set: reading `self.lib` needs
# the names of the outputs, never the value of `hosts` that is being computed from it.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flakeParts.url = "github:hercules-ci/flake-parts";
  };

  outputs = inputs@{ self, flakeParts, ... }:
    flakeParts.lib.mkFlake { inherit inputs; } rec {
      systems = [ "x86_64-linux" ];

      flake = rec {
        lib = import ./lib inputs;
        domain = "example.net";
        hosts = lib.hosts.fromDirectory inputs ./hosts;
        nixosModules.containers = ./modules/containers.nix;
        nixosConfigurations = hosts;
      };
    };
}
