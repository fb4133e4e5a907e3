# types.lazyAttrsOf checks elements when read
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; lazyAttrsOf int; };
  config.v = { a = "x"; };
}
