# option types kept as option values (`attrsOf types.optionType`, one definition each) declare other options
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  kinds = config._module.widgetKinds;
in
{
  imports = [
    # Kept under `_module`, which `config` does not show: a type printed as JSON
    # would show every attribute of nixpkgs' own making.
    { options._module.widgetKinds = mkOption { type = types.attrsOf types.optionType; default = { }; }; }
    { _module.widgetKinds.label = types.str; }
    { _module.widgetKinds.count = types.ints.positive; }
    { _module.widgetKinds.entry = types.submodule { options.name = mkOption { type = types.str; }; options.port = mkOption { type = types.port; default = 80; }; }; }
  ];
  options.widget = {
    label = mkOption { type = kinds.label; };
    count = mkOption { type = kinds.count; default = 3; };
    entry = mkOption { type = kinds.entry; };
    kindNames = mkOption { type = types.listOf types.str; default = map (k: kinds.${k}.name) (builtins.attrNames kinds); };
  };
  config.widget = {
    label = "tag";
    entry.name = "web";
  };
}
