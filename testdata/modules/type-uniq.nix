# types.uniq with one definition
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; uniq int; };
  config.v = 1;
}
