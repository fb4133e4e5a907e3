{ inputs, ... }:
{
  flake.nixosConfigurations.relay = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [
      (inputs.import-tree.filterNot (inputs.nixpkgs.lib.hasSuffix "-draft.nix") ../../nixos)
      {
        networking.hostName = "relay";
        system.stateVersion = "25.11";
      }
    ];
  };
}
