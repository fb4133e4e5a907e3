{ config, inputs, ... }:
{
  flake.nixosConfigurations.edge = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = with config.flake.modules.nixos; [
      gateway
      gateway-storage
      {
        networking.hostName = "edge";
        networking.nat.externalInterface = "eth0";
        system.stateVersion = "25.11";
      }
    ];
  };
}
