# types.unspecified: different ints cannot merge
{ lib, ... }:
{
  imports = [ { v = 1; } ];
  options.v = lib.mkOption { type = with lib.types; unspecified; };
  config.v = 2;
}
