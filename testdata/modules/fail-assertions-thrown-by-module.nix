# raising failed assertions is the caller's job; done here by a module
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
  options.checked = lib.mkOption { type = lib.types.bool; };
  config.assertions = [ { assertion = false; message = "the port is taken"; } ];
  config.checked =
    let failed = map (a: a.message) (lib.filter (a: !a.assertion) config.assertions);
    in if failed == [ ] then true
       else throw "\nFailed assertions:\n${lib.concatMapStringsSep "\n" (m: "- ${m}") failed}";
}
