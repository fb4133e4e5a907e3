# the NixOS idiom: the failed assertions' messages
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
  options.failed = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.assertions = [
    { assertion = false; message = "first failure"; }
    { assertion = true; message = "ok"; }
    { assertion = 1 == 2; message = "second failure"; }
  ];
  config.failed = map (a: a.message) (lib.filter (a: !a.assertion) config.assertions);
}
