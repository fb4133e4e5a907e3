# types.listOf rejects a non-list
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; listOf int; };
  config.v = 1;
}
