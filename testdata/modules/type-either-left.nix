# types.either: left
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; either int str; };
  config.v = 1;
}
