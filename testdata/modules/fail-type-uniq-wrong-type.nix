# types.uniq checks the inner type
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; uniq int; };
  config.v = "1";
}
