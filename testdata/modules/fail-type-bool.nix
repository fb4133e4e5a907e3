# types.bool rejects a string
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; bool; };
  config.v = "true";
}
