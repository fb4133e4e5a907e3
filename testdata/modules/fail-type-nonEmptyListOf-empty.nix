# nonEmptyListOf refuses an empty list
{ lib, ... }:
{
  options.servers = lib.mkOption { type = lib.types.nonEmptyListOf lib.types.str; };
  config.servers = [ ];
}
