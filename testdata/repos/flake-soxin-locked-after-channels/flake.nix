# A flake made by soxin's `lib.mkFlake` whose lock fixes soxin at a revision of 2025-06,
# after soxin began asking its caller for the channels (2025-05-19), that passes none:
# soxin throws "You must pass in channels.nixpkgs.input", as ncc says, and no host is
# checked. Its host says its `mode`, as soxin has asked since 2023-08-30.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";
    nixpkgs-unstable.url = "github:NixOS/nixpkgs/nixpkgs-unstable";
    flake-utils-plus.url = "github:gytis-ivaskevicius/flake-utils-plus/v1.5.2";
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

      hostDefaults.channelName = "nixpkgs";

      hosts.beacon = {
        mode = "NixOS";
        system = "aarch64-linux";
        modules = [ ./hosts/beacon ];
      };
    };
}
