# a module function reads config
{ config, lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  options.b = lib.mkOption { type = lib.types.int; };
  config.a = 20;
  config.b = config.a + 1;
}
