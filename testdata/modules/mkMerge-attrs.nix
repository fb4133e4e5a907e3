# mkMerge of attribute sets
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  options.b = lib.mkOption { type = lib.types.str; };
  config = lib.mkMerge [ { a = 1; } { b = "two"; } ];
}
