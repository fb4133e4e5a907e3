# types.ints.u8 upper bound
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.u8; };
  config.v = 255;
}
