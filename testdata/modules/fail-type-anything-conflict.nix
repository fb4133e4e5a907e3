# types.anything: different scalars conflict
{ lib, ... }:
{
  imports = [ { v = "a"; } ];
  options.v = lib.mkOption { type = with lib.types; anything; };
  config.v = "b";
}
