{ lib, config, ... }:
let
  inherit (lib) mkOption types mapAttrs;
  inherit (lib.site) mkMachine;
in
{
  options.machines = mkOption {
    type = types.attrsOf types.deferredModule;
    default = { };
  };
  options.rendered = mkOption {
    type = types.attrsOf types.raw;
    readOnly = true;
  };
  config.rendered = mapAttrs mkMachine config.machines;
}
