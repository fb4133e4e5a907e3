# types.nullOr with a value
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; nullOr int; };
  config.v = 5;
}
