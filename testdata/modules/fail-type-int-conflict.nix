# types.int: different ints conflict
{ lib, ... }:
{
  imports = [ { v = 1; } ];
  options.v = lib.mkOption { type = with lib.types; int; };
  config.v = 2;
}
