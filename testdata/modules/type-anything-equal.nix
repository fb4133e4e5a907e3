# types.anything: equal scalars merge
{ lib, ... }:
{
  imports = [ { v = "same"; } ];
  options.v = lib.mkOption { type = with lib.types; anything; };
  config.v = "same";
}
