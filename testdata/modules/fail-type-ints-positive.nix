# types.ints.positive rejects 0
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.positive; };
  config.v = 0;
}
