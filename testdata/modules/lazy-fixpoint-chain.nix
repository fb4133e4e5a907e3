# a chain of options reading each other, defined out of order
{ config, lib, ... }:
{
  imports = [ { c = config.b * 10; } { b = config.a + 1; } ];
  options.a = lib.mkOption { type = lib.types.int; };
  options.b = lib.mkOption { type = lib.types.int; };
  options.c = lib.mkOption { type = lib.types.int; };
  config.a = 1;
}
