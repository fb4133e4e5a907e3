# A flake made by soxin's `lib.mkFlake` whose lock fixes soxin at a revision of 2022,
# before soxin asked its caller for the channels (2025-05-19) and before it built
# nix-darwin hosts (2023-08-30): it passes no `channels`, since soxin then set
# `channels.nixpkgs.input` and `channels.nixpkgs-unstable.input` to its own inputs
# (which follow the flake's), and its host has no `mode`, since every host was NixOS's
# and soxin gave it `mode = "NixOS"`. NixOS builds it; the relay's container gives
# addresses without a private network.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-22.05";
    nixpkgs-unstable.url = "github:NixOS/nixpkgs/nixpkgs-unstable";
    flake-utils-plus.url = "github:gytis-ivaskevicius/flake-utils-plus/v1.3.1";
    soxin = {
      url = "github:SoxinOS/soxin";
      inputs.nixpkgs.follows = "nixpkgs";
      inputs.nixpkgs-unstable.follows = "nixpkgs-unstable";
      inputs.flake-utils-plus.follows = "flake-utils-plus";
    };
  };

  outputs = { self, soxin, ... }@inputs:
    soxin.lib.mkFlake {
      inherit inputs;
      withDeploy = true;

      hostDefaults.channelName = "nixpkgs";
      globalSpecialArgs.operator = "ops";

      hosts.relay = {
        system = "x86_64-linux";
        modules = [ ./hosts/relay ];
        deploy.hostname = "relay.example.test";
      };
    };
}
