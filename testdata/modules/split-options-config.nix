# explicit options and config in one module
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.str; };
  config.a = "split";
}
