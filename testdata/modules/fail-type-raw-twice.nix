# types.raw allows a single definition
{ lib, ... }:
{
  imports = [ { v = 1; } ];
  options.v = lib.mkOption { type = with lib.types; raw; };
  config.v = 1;
}
