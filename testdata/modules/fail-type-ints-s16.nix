# types.ints.s16 lower bound - 1
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.s16; };
  config.v = -32769;
}
