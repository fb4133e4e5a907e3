# mkMerge takes a list
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = lib.mkMerge 3;
}
