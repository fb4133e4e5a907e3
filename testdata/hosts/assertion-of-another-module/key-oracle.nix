# Unseals the vault with a key whose PIN is read from a file at run time.
{ config, lib, ... }:
let
  cfg = config.site.keyOracle;
in
{
  options.site.keyOracle = {
    enable = lib.mkEnableOption "the key oracle";
    pinField = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
    };
    pinFile = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
    };
  };
  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = cfg.pinField == null || cfg.pinFile != null;
        message = "site.keyOracle: pinFile must be set when pinField is";
      }
    ];
    warnings = lib.optional (cfg.pinFile == null) "site.keyOracle: no PIN file, the vault stays sealed";
  };
}
