# a definition replaces the default
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 1 ]; };
  config.a = [ 2 ];
}
