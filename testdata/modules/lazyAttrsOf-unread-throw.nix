# lazyAttrsOf: the attribute names are known without evaluating values
{ config, lib, ... }:
{
  options.v = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; };
  options.names = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.v = { a = 1; };
  config.names = lib.attrNames config.v;
}
