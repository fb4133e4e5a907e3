# types.uniq (listOf int)
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; uniq (listOf int); };
  config.v = [ 1 2 ];
}
