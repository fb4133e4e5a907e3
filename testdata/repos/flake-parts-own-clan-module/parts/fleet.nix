# The project's own fleet module: `flake.clan` holds the machines, each a NixOS system
# of nixpkgs, and `clan` is its older name.
{ config, lib, inputs, ... }:
let
  inherit (lib) mkOption types;
  fleet = config.flake.clan;
in
{
  imports = [ (lib.mkRenamedOptionModule [ "clan" ] [ "flake" "clan" ]) ];

  options.flake.clan = mkOption {
    type = types.submodule {
      options.name = mkOption { type = types.str; };
      options.machines = mkOption {
        type = types.attrsOf types.deferredModule;
        default = { };
      };
    };
    default = { };
  };

  config.flake.nixosConfigurations = lib.mapAttrs (name: machine:
    inputs.nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [
        machine
        { networking.hostName = name; networking.domain = "${fleet.name}.lan"; }
      ];
    }) fleet.machines;
}
