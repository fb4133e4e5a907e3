# types.enum
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; enum [ "a" "b" 3 ]; };
  config.v = "b";
}
