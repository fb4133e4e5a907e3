{ config, lib, ... }:
let
  cfg = config.services.postgresql;
in
{
  options.services.postgresql.passwordFiles = lib.mkOption {
    type = lib.types.attrsOf lib.types.path;
    default = { };
  };
  config = lib.mkIf cfg.enable {
    systemd.services.postgresql-setup.script = lib.mkAfter "echo set passwords";
    systemd.services."container@runner".after = [ "postgresql.service" ];
  };
}
