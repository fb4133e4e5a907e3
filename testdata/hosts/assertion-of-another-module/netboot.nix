# Serves boot images on the addresses given; asserts none is empty, warns of many.
{ config, lib, ... }:
let
  cfg = config.site.netboot;
in
{
  options.site.netboot.listen = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ ];
  };
  config = lib.mkIf (cfg.listen != [ ]) {
    assertions = [
      {
        assertion = lib.all (address: address != "") cfg.listen;
        message = "site.netboot.listen holds an empty address";
      }
    ];
    warnings = lib.optional (lib.length cfg.listen > 4) "site.netboot: more than four listeners";
  };
}
