# types.port rejects a string
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; port; };
  config.v = "80";
}
