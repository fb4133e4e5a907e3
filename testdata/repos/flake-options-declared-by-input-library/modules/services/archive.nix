{ config, lib, pkgs, site, ... }:
{
  options.hostServices.archive.enable = site.lib.mkBoolOpt false "Save pages to the archive";

  config = lib.mkIf config.hostServices.archive.enable {
    systemd.services.archive-pages = {
      description = "Save the listed pages";
      path = [ pkgs.curl ];
      serviceConfig.Type = "oneshot";
      script = ''
        for url in ${lib.concatMapStringsSep " " (url: "'${url}'") site.archive.urls}; do
          curl -fsS -X POST "https://archive.example/save?url=$url"
        done
      '';
    };
    systemd.timers.archive-pages = {
      wantedBy = [ "timers.target" ];
      timerConfig.OnCalendar = "weekly";
    };
  };
}
