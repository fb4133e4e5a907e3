# A flake whose hosts list their hardware in a table that lacks one of them: Nix stops
# `nixosConfigurations.media` at `hardware.media` before its modules are known (the true
# N201). Given every file, the modules only `media` imports are not "reached by no host":
# ncc says the host that stopped may read them, and holds what they fail on alone.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs }:
    let
      hardware = {
        gateway = ./hosts/gateway/hardware.nix;
      };
      host = name: nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit self; };
        modules = [ ./hosts/${name} hardware.${name} ];
      };
    in {
      nixosConfigurations.gateway = host "gateway";
      nixosConfigurations.media = host "media";
    };
}
