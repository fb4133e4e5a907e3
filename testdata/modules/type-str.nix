# types.str
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; str; };
  config.v = "hello";
}
