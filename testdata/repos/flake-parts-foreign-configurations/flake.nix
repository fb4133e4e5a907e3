# A flake-parts flake whose nixosConfigurations come whole from another flake's library
# (a shared fleet repository): ncc does not evaluate that input, so it cannot know these
# hosts and says so once, rather than reading the input's placeholder as hosts. The
# flake's own colmena hive is checked.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    fleet.url = "github:example/fleet";
  };

  outputs = inputs@{ flake-parts, fleet, nixpkgs, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      flake = {
        nixosConfigurations = fleet.lib.hosts;
        colmena = {
          meta.nixpkgs = import nixpkgs { system = "x86_64-linux"; };
          relay = { ... }: {
            deployment.targetHost = "relay.example.net";
            networking.hostName = "relay";
            system.stateVersion = "25.05";
            containers.proxy = {
              autoStart = true;
              privateNetwork = true;
              hostAddress = "10.250.0.1";
              localAddress = "10.250.0.2";
              config = { services.haproxy.enable = true; system.stateVersion = "25.05"; };
            };
          };
        };
      };
    };
}
