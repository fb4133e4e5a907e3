{ config, inputs, ... }:
{
  flake.nixosConfigurations.web = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = with config.flake.modules.nixos; [ base web ];
  };
}
