# types.ints.u16 lower bound
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.u16; };
  config.v = 0;
}
