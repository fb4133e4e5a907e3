# types.ints.s32 upper bound + 1
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.s32; };
  config.v = 2147483648;
}
