# config.a defines b
{ config, lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.str; };
  options.b = lib.mkOption { type = lib.types.str; };
  config.a = "from a";
  config.b = "${config.a}, then b";
}
