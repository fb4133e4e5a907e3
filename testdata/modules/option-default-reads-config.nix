# a default may read config
{ config, lib, ... }:
{
  options.name = lib.mkOption { type = lib.types.str; default = "web"; };
  options.unit = lib.mkOption { type = lib.types.str; default = "container@${config.name}.service"; };
}
