# types.ints.between rejects values above
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.between 1 10; };
  config.v = 11;
}
