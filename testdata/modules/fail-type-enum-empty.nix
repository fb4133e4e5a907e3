# an empty enum accepts nothing
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; enum [ ]; };
  config.v = "a";
}
