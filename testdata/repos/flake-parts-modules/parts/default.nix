{ lib, inputs, site, ... }:
{
  flake.domain = site;
  flake.nixosConfigurations.box = lib.nixosSystem {
    specialArgs = { inherit inputs site; };
    modules = [ ../hosts/box.nix ];
  };
}
