# types.port rejects 65536
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; port; };
  config.v = 65536;
}
