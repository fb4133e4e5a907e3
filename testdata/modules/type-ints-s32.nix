# types.ints.s32 lower bound
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.s32; };
  config.v = -2147483648;
}
