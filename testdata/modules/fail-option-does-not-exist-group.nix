# a definition for an undeclared group
{ lib, ... }:
{
  options.services.web.enable = lib.mkEnableOption "web";
  config.services.db.enable = true;
}
