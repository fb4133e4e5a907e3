# two options defined from each other
{ config, lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  options.b = lib.mkOption { type = lib.types.int; };
  config.a = config.b;
  config.b = config.a;
}
