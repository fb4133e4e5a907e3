{ config, lib, pkgs, site, ... }:
{
  options.hostServices.mirror.enable = site.lib.mkBoolOpt false "Mirror the archive elsewhere";

  config = lib.mkIf config.hostServices.mirror.enable {
    systemd.services.mirror-archive = {
      serviceConfig.ExecStart = "${pkgs.rclone}/bin/rclone sync /var/lib/archive remote:archive";
    };
  };
}
