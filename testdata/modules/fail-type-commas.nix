# types.commas rejects an int
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; commas; };
  config.v = 1;
}
