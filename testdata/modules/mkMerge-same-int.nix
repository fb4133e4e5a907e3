# two equal definitions of an int do not conflict
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = lib.mkMerge [ 3 3 ];
}
