# reading an option that has no value
{ config, lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  options.b = lib.mkOption { type = lib.types.int; default = config.a + 1; };
}
