# types.ints.s8 lower bound
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.s8; };
  config.v = -128;
}
