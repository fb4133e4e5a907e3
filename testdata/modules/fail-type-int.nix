# types.int rejects a float
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; int; };
  config.v = 1.5;
}
