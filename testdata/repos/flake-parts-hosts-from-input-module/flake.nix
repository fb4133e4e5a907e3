{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    hostkit.url = "github:example/hostkit";
  };

  # The hosts are made by a flake module of an input (a framework that builds one NixOS
  # system per directory of `hostDir`), which ncc does not evaluate: the flake declares
  # no `nixosConfigurations` of its own, yet has hosts, which ncc cannot check.
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [ inputs.hostkit.flakeModule ];
      hostkit = {
        hostDir = ./hosts;
        hosts.relay.system = "x86_64-linux";
      };
    };
}
