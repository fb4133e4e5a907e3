# a readOnly option with one definition
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.str; readOnly = true; };
  config.a = "once";
}
