# types.deferredModule rejects an int
{ lib, ... }:
{
  options.m = lib.mkOption { type = lib.types.deferredModule; };
  config.m = 5;
}
