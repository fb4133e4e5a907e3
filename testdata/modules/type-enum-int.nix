# types.enum with an int member
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; enum [ "a" "b" 3 ]; };
  config.v = 3;
}
