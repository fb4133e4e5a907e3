# equal definitions of a str, int and bool merge
{ lib, ... }:
{
  imports = [ { s = "x"; i = 1; b = true; } ];
  options.s = lib.mkOption { type = lib.types.str; };
  options.i = lib.mkOption { type = lib.types.int; };
  options.b = lib.mkOption { type = lib.types.bool; };
  config = { s = "x"; i = 1; b = true; };
}
