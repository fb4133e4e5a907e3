# types.lines rejects a list
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; lines; };
  config.v = [ "a" ];
}
