# types.str: different strings conflict (no concatenation)
{ lib, ... }:
{
  imports = [ { v = "a"; } ];
  options.v = lib.mkOption { type = with lib.types; str; };
  config.v = "b";
}
