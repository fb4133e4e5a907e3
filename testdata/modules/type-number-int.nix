# types.number accepts an int
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; number; };
  config.v = 3;
}
