# types.functionTo rejects a non-function
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; functionTo int; };
  config.v = 1;
}
