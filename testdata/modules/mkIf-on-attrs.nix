# mkIf on an attribute set is pushed down to each attribute
{ lib, ... }:
{
  options.x = lib.mkOption { type = lib.types.int; default = 0; };
  options.y = lib.mkOption { type = lib.types.int; default = 0; };
  options.z = lib.mkOption { type = lib.types.int; default = 0; };
  config = lib.mkMerge [
    (lib.mkIf true { x = 1; y = 2; })
    (lib.mkIf false { z = 3; })
  ];
}
