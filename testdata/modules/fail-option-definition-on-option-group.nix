# a value for a group of options
{ lib, ... }:
{
  options.services.web.enable = lib.mkEnableOption "web";
  config.services.web = true;
}
