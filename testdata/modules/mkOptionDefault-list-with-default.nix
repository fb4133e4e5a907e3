# mkOptionDefault and the default have the same priority: lists concatenate
{ lib, ... }:
{
  options.l = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 1 ]; };
  config.l = lib.mkOptionDefault [ 2 ];
}
