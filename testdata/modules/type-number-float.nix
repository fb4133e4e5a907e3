# types.number accepts a float
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; number; };
  config.v = 0.25;
}
