# types.nullOr: null and not null
{ lib, ... }:
{
  imports = [ { v = null; } ];
  options.v = lib.mkOption { type = with lib.types; nullOr int; };
  config.v = 5;
}
