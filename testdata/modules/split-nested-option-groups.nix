# options nested in plain attribute sets form groups
{ lib, ... }:
{
  options.services.web = {
    enable = lib.mkEnableOption "the web service";
    port = lib.mkOption { type = lib.types.port; default = 80; };
  };
  options.services.db.enable = lib.mkEnableOption "the database";
  config.services.web.enable = true;
}
