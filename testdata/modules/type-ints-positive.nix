# types.ints.positive accepts 1
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.positive; };
  config.v = 1;
}
