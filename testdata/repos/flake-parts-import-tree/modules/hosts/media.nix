{ inputs, config, ... }:
{
  flake.nixosConfigurations.media = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = with config.flake.modules.nixos; [ base jellyfin ];
  };
}
