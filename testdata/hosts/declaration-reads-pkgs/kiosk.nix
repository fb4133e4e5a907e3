{ config, lib, pkgs, ... }:

with lib;
with pkgs;

let
  cfg = config.kiosk;
in
{
  options.kiosk = {
    url = mkOption { type = types.str; };
    browser = mkOption {
      type = types.package;
      default = writeShellScript "kiosk" ''
        exec ${chromium}/bin/chromium --kiosk ${cfg.url}
      '';
    };
    rotate = mkOption { type = types.bool; default = false; };
  };

  config.systemd.services.kiosk = {
    wantedBy = [ "graphical.target" ];
    serviceConfig.ExecStart = cfg.browser;
  };
}
