# types.oneOf: no member matches
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; oneOf [ bool int str ]; };
  config.v = [ ];
}
