# types.raw: mkIf inside the value is not processed
{ lib, ... }:
{
  options.v = lib.mkOption { type = lib.types.raw; };
  config.v = { x = lib.mkIf true 1; };
}
