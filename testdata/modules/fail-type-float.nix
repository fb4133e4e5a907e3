# types.float rejects an int
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; float; };
  config.v = 1;
}
