# types.either: right
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; either int str; };
  config.v = "one";
}
