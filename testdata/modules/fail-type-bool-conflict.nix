# types.bool: different definitions conflict
{ lib, ... }:
{
  imports = [ { v = true; } ];
  options.v = lib.mkOption { type = with lib.types; bool; };
  config.v = false;
}
