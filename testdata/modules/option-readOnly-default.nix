# a readOnly option with its default only
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.str; readOnly = true; default = "fixed"; };
}
