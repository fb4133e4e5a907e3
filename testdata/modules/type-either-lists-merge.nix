# types.either: all-left definitions merge with the left type
{ lib, ... }:
{
  imports = [ { v = [ 1 ]; } ];
  options.v = lib.mkOption { type = with lib.types; either (listOf int) str; };
  config.v = [ 2 ];
}
