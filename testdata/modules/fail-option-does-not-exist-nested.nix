# an undeclared option next to declared ones
{ lib, ... }:
{
  options.services.web.enable = lib.mkEnableOption "web";
  config.services.web.enable = true;
  config.services.web.port = 80;
}
