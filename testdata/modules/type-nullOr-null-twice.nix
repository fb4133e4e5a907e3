# types.nullOr: null twice
{ lib, ... }:
{
  imports = [ { v = null; } ];
  options.v = lib.mkOption { type = with lib.types; nullOr int; };
  config.v = null;
}
