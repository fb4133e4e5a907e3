# types.listOf (listOf str)
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; listOf (listOf str); };
  config.v = [ [ "a" ] [ ] ];
}
