{ self, inputs, flake-parts-lib, lib, ... }:
let
  build = name: machine: inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [ ../machines/${name}.nix ]
      ++ lib.optionals machine.withCommon [ ../machines/common.nix ]
      ++ machine.extraModules;
  };
in
{
  options.flake = flake-parts-lib.mkSubmoduleOptions {
    machines = lib.mkOption {
      type = lib.types.attrsOf (lib.types.submodule {
        options = {
          withCommon = lib.mkOption { type = lib.types.bool; default = true; };
          extraModules = lib.mkOption { type = lib.types.listOf lib.types.deferredModule; default = [ ]; };
        };
      });
      default = { };
    };
  };
  config.flake.nixosConfigurations = lib.mapAttrs build self.machines;
}
