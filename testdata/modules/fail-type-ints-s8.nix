# types.ints.s8 upper bound + 1
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.s8; };
  config.v = 128;
}
