# types.nullOr checks the inner type
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; nullOr int; };
  config.v = "5";
}
