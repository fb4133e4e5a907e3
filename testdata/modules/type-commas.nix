# types.commas joins definitions with commas
{ lib, ... }:
{
  imports = [ { v = "a"; } ];
  options.v = lib.mkOption { type = with lib.types; commas; };
  config.v = "b";
}
