# types.bool: equal definitions merge
{ lib, ... }:
{
  imports = [ { v = true; } ];
  options.v = lib.mkOption { type = with lib.types; bool; };
  config.v = true;
}
