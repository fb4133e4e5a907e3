# types.nonEmptyStr
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; nonEmptyStr; };
  config.v = " x ";
}
