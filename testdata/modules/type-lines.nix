# types.lines joins definitions with newlines
{ lib, ... }:
{
  imports = [ { v = "line 1"; } ];
  options.v = lib.mkOption { type = with lib.types; lines; };
  config.v = "line 2";
}
