# types.ints.u8 upper bound + 1
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.u8; };
  config.v = 256;
}
