# types.ints.s16 upper bound
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.s16; };
  config.v = 32767;
}
