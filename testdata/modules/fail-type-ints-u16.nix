# types.ints.u16 rejects negatives
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.u16; };
  config.v = -1;
}
