# types.ints.u32 upper bound
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; ints.u32; };
  config.v = 4294967295;
}
