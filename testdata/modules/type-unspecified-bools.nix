# types.unspecified ors bools
{ lib, ... }:
{
  imports = [ { v = false; } ];
  options.v = lib.mkOption { type = with lib.types; unspecified; };
  config.v = true;
}
