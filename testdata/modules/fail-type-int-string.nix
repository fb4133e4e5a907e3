# types.int rejects a numeric string
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; int; };
  config.v = "1";
}
