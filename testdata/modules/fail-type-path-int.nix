# types.path rejects an int
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; path; };
  config.v = 1;
}
