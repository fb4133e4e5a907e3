# types.str rejects an int
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; str; };
  config.v = 1;
}
