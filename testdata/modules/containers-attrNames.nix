# the set of container names is readable from config
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  options.names = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.containers.zeta = { };
  config.containers.alpha = { };
  config.names = lib.attrNames config.containers;
}
