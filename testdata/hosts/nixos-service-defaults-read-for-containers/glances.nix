# The host's own glances module, kept in place of NixOS's: it listens on a port of its
# own by default and only on the loopback.
{ config, lib, ... }:
let
  cfg = config.services.glances;
in
{
  options.services.glances = {
    enable = lib.mkEnableOption "Glances, listening on the loopback only";
    port = lib.mkOption {
      type = lib.types.port;
      default = 61300;
      description = "Port the web server listens on.";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.services.glances = {
      wantedBy = [ "multi-user.target" ];
      serviceConfig.DynamicUser = true;
    };
  };
}
