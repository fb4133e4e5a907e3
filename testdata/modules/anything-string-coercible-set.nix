# types.anything: a set that converts to a string (a package) is kept whole
{ lib, ... }:
{
  imports = [ { options.x = lib.mkOption { type = lib.types.anything; }; } ];
  x = { outPath = "/somewhere"; name = "pkg"; };
}
