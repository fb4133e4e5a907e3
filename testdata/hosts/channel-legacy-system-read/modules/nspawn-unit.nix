# A systemd-nspawn machine of the host's own, started by a unit written here.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.nspawnUnits;
  # The legacy reads: both are `builtins.currentSystem` on a host built without a flake.
  isX86 = config.nixpkgs.localSystem.system == "x86_64-linux";
  arch = config.nixpkgs.system;
in
{
  options.services.nspawnUnits = mkOption {
    type = types.attrsOf (types.submodule {
      options.directory = mkOption { type = types.str; };
    });
    default = { };
  };

  config.systemd.services = lib.mapAttrs' (name: unit: lib.nameValuePair "nspawn-${name}" {
    description = "nspawn machine ${name} (${arch})";
    wantedBy = [ "multi-user.target" ];
    script = ''
      exec ${pkgs.systemd}/bin/systemd-nspawn --machine=${name} --directory=${unit.directory} \
        ${lib.optionalString isX86 "--personality=x86-64"} --boot
    '';
  }) cfg;
}
