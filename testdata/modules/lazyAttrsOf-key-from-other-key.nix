# lazyAttrsOf: an entry computed from another entry
{ config, lib, ... }:
{
  options.m = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; };
  config.m.a = 1;
  config.m.b = config.m.a + 1;
}
