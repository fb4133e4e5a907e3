# A host module whose imports mix a module from the flake's own outputs (`self`, given
# by the flake through specialArgs: ncc checks this file alone, without it) with the
# project's files: those are still loaded and checked.
{ self, lib, ... }:
{
  imports = [
    self.nixosModules.common
    ./hardware.nix
    ./containers.nix
  ];

  networking.hostName = "gateway";
  system.stateVersion = "25.05";
}
