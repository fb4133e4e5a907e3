# types.bool
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; bool; };
  config.v = true;
}
