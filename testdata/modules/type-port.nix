# types.port is ints.u16
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; port; };
  config.v = 65535;
}
