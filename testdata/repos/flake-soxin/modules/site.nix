{ config, lib, ... }:
{
  options.site.backupRoot = lib.mkOption {
    type = lib.types.str;
    default = "/srv/backup";
  };
}
