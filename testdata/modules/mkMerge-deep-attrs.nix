# mkMerge below the top: in a nested attribute
{ lib, ... }:
{
  options.s.a = lib.mkOption { type = lib.types.int; default = 0; };
  options.s.b = lib.mkOption { type = lib.types.int; default = 0; };
  config.s = lib.mkMerge [ { a = 1; } (lib.mkIf true { b = 2; }) ];
}
