# types.uniq: two definitions, even equal ones
{ lib, ... }:
{
  imports = [ { v = 1; } ];
  options.v = lib.mkOption { type = with lib.types; uniq int; };
  config.v = 1;
}
