# types.functionTo: the option is a function; calling it type-checks the result
{ config, lib, ... }:
{
  options.f = lib.mkOption { type = lib.types.functionTo lib.types.int; };
  options.r = lib.mkOption { type = lib.types.int; };
  config.f = x: x * 2;
  config.r = config.f 21;
}
