{ inputs, ... }:
{
  flake.nixosConfigurations.relay = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [ ../hosts/relay.nix ];
  };
}
