# the message names the full option path
{ lib, ... }:
{
  options.services.web.port = lib.mkOption { type = lib.types.port; };
}
