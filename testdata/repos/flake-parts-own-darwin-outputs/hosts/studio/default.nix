{ inputs, self, ... }:
{
  flake.nixosConfigurations.studio = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [
      ./configuration.nix
      self.sharedModules.base
    ];
  };
}
