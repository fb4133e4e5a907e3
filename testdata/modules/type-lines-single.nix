# types.lines with one definition keeps it as is
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; lines; };
  config.v = "only\n";
}
