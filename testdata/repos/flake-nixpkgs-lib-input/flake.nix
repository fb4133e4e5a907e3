{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    # nixpkgs' `lib` alone, as flake-parts takes it.
    nixpkgs-lib.url = "github:nix-community/nixpkgs.lib";
  };

  outputs = inputs:
    let
      inherit (inputs.nixpkgs-lib) lib;
      names = lib.attrNames (lib.filterAttrs (_: kind: kind == "directory") (builtins.readDir ./hosts));
    in
    {
      nixosConfigurations = lib.genAttrs names (name: inputs.nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/${name} { networking.hostName = lib.mkDefault name; } ];
      });
    };
}
