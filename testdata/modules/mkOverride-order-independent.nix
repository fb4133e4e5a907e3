# the winning priority does not depend on module order
{ lib, ... }:
{
  imports = [ { a = lib.mkOverride 90 "ninety"; } { a = lib.mkOverride 80 "eighty"; } ];
  options.a = lib.mkOption { type = lib.types.str; };
  config.a = lib.mkOverride 95 "ninety-five";
}
