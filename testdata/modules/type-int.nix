# types.int
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; int; };
  config.v = -42;
}
