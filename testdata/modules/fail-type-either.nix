# types.either: neither
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; either int str; };
  config.v = true;
}
