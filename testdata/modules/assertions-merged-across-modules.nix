# assertions from several modules, mkIf'd warnings
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
  imports = [
    { assertions = [ { assertion = false; message = "from import"; } ]; }
    { warnings = lib.mkIf true [ "warned" ]; }
    { warnings = lib.mkIf false [ "not warned" ]; }
  ];
  config.assertions = [ { assertion = true; message = "from case"; } ];
}
