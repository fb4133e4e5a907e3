# A fleet whose guests come from a flake input's module: it declares `guests` and makes
# each a NixOS container (its `config` from the guest's modules, the backend chosen per
# guest). The hub gives one container a serial device and a directory beside it. The
# input's module is one ncc does not evaluate, so the container's `config` is unknown
# (a warning on the hub), not missing (no error); the edge host, which makes its own
# container with nothing ncc cannot see, is checked as before: its relative bind mount
# source is reported.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    guest-modules.url = "github:example/guest-modules";
  };
  outputs = { self, nixpkgs, guest-modules, ... }@inputs:
    let
      mkHost = name: nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit inputs; };
        modules = [ ./hosts/${name} ];
      };
    in
    {
      nixosConfigurations = nixpkgs.lib.genAttrs [ "hub" "edge" ] mkHost;
    };
}
