{ inputs, lib, ... }:
{
  imports = [
    (inputs.flake-file.flakeModules.dendritic or { })
    (inputs.den.flakeModules.dendritic or { })
  ];

  flake-file.inputs = {
    den.url = "github:denful/den";
    nixpkgs.url = lib.mkDefault "github:nixos/nixpkgs/nixos-25.11";
  };
}
