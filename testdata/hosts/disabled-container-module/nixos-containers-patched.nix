# The host's copy of NixOS's container module, cut down to what this host uses.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options = {
    boot.isContainer = mkOption { type = types.bool; default = false; };
    boot.enableContainers = mkOption { type = types.bool; default = config.containers != { }; };
    containers = mkOption {
      type = types.attrsOf (types.submodule {
        options = {
          autoStart = mkOption { type = types.bool; default = false; };
          config = mkOption { type = types.deferredModule; };
        };
      });
      default = { };
    };
  };

  config = lib.mkIf config.boot.enableContainers {
    systemd.targets.machines.wants = map (name: "container@${name}.service")
      (lib.attrNames (lib.filterAttrs (_: c: c.autoStart) config.containers));
  };
}
