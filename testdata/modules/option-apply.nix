# apply transforms the merged value
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; apply = x: x * 2; };
  config.a = 21;
}
