# types.raw keeps the value as is
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; raw; };
  config.v = { f = x: x; n = 1; };
}
