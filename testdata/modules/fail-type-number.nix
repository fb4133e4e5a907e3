# types.number rejects a string
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; number; };
  config.v = "3";
}
