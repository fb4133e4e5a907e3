# lazyAttrsOf: an entry under mkIf false still exists, and has no value
{ lib, ... }:
{
  options.v = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; };
  config.v = { a = 1; b = lib.mkIf false 2; };
}
