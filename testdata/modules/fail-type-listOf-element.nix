# types.listOf: the element is located [definition 1-entry 2]
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; listOf int; };
  config.v = [ 1 "two" 3 ];
}
