# a multi-line value in the definition list
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.str; };
  config.a = { x = 1; y = { z = true; }; };
}
