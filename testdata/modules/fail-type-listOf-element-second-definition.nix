# types.listOf: entries are numbered per definition
{ lib, ... }:
{
  imports = [ { v = [ 1 ]; } ];
  options.v = lib.mkOption { type = with lib.types; listOf int; };
  config.v = [ 2 "three" ];
}
