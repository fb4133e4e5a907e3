{ inputs, ... }:
{
  flake.nixosConfigurations.archive = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [ ../hosts/archive.nix ];
  };
}
