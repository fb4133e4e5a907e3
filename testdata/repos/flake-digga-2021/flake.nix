# A digga flake in the shape of 2021: `nixos` is a file (a module given `self` and
# `inputs`), the importers are `digga.lib.importers.*`, `hostDefaults.externalModules`
# are added to every host, and the suites are a function of the profile directories
# (`nixos.profiles`), each suite the `default.nix` of the profiles it lists. The
# mirror host forwards a port to a container that has no private network.
{
  inputs = {
    nixos.url = "github:nixos/nixpkgs/nixos-21.05";
    digga.url = "github:divnix/digga/develop";
  };

  outputs = { self, digga, nixos, ... }@inputs:
    digga.lib.mkFlake {
      inherit self inputs;
      channels.nixos = { };
      nixos = ./nixos;
    };
}
