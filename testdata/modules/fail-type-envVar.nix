# types.envVar rejects a bool
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; envVar; };
  config.v = true;
}
