# types.ints.unsigned rejects -1
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.unsigned; };
  config.v = -1;
}
