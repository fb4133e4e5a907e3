# types.functionTo: a result of the wrong type
{ config, lib, ... }:
{
  options.f = lib.mkOption { type = lib.types.functionTo lib.types.int; };
  options.r = lib.mkOption { type = lib.types.int; };
  config.f = x: "${x}";
  config.r = config.f "a";
}
