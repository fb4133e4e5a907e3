# types.anything: definitions of different types
{ lib, ... }:
{
  imports = [ { v = 1; } ];
  options.v = lib.mkOption { type = with lib.types; anything; };
  config.v = "1";
}
