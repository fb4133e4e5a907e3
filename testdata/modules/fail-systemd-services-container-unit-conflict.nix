# A host's TimeoutStartSec for a container's unit, without mkForce, conflicts with the value NixOS's containers module sets.
{ lib, ... }:
let
  inherit (lib) mkOption types;
  unitScalar = types.oneOf [ types.bool types.int types.str ];
  unitOption = types.either (types.listOf unitScalar) unitScalar;
in
{
  imports = [
    {
      options.systemd.services = mkOption {
        type = types.attrsOf (types.submodule ({ name, ... }: {
          options.serviceConfig = mkOption { type = types.attrsOf unitOption; default = { }; };
          config = lib.mkIf (name == "container@web") { serviceConfig.TimeoutStartSec = "1min"; };
        }));
        default = { };
      };
    }
    { systemd.services."container@web".serviceConfig.TimeoutStartSec = "5min"; }
  ];
}
