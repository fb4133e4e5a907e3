# assertions and warnings declared as NixOS does; lib itself only collects
# them (a failed assertion is listed, not raised)
{ config, lib, ... }:
{
  options.assertions = lib.mkOption {
    type = lib.types.listOf lib.types.unspecified;
    internal = true;
    default = [ ];
  };
  options.warnings = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    internal = true;
    default = [ ];
  };
  options.port = lib.mkOption { type = lib.types.port; default = 0; };
  config.assertions = [
    { assertion = config.port != 0; message = "port must be set"; }
    { assertion = true; message = "always holds"; }
  ];
  config.warnings = [ "port is ${toString config.port}" ];
}
