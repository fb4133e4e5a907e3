# A flake for the operators' Macs only: its one output is `darwinConfigurations`. The
# build machines are a morph network beside it (`morph deploy network/default.nix`),
# which the flake does not hold: with nothing given, they are the project's hosts.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixpkgs-unstable";
  inputs.darwin.url = "github:LnL7/nix-darwin";
  inputs.darwin.inputs.nixpkgs.follows = "nixpkgs";

  outputs = { self, nixpkgs, darwin }: {
    darwinConfigurations.builder-mac = darwin.lib.darwinSystem {
      system = "aarch64-darwin";
      modules = [ ./darwin-configuration.nix ];
    };
  };
}
