# two different ints inside one mkMerge
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = lib.mkMerge [ 3 4 ];
}
