# types.str with an interpolated string
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; str; };
  config.v = "a${toString 1}b";
}
