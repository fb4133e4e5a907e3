# types.listOf concatenates
{ lib, ... }:
{
  imports = [ { v = [ 1 2 ]; } ];
  options.v = lib.mkOption { type = with lib.types; listOf int; };
  config.v = [ 3 ];
}
