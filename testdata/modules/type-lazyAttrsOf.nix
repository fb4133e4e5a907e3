# types.lazyAttrsOf
{ lib, ... }:
{
  imports = [ { v = { a = 1; }; } ];
  options.v = lib.mkOption { type = with lib.types; lazyAttrsOf int; };
  config.v = { b = 2; };
}
