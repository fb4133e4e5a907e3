# types.nullOr with null
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; nullOr int; };
  config.v = null;
}
