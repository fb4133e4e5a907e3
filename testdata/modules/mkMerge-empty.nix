# mkMerge [ ] defines nothing
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 7; };
  config.a = lib.mkMerge [ ];
}
