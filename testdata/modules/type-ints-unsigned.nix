# types.ints.unsigned accepts 0
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.unsigned; };
  config.v = 0;
}
