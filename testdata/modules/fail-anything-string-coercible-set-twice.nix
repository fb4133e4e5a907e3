# types.anything: a set that converts to a string (a package) is defined once only
{ lib, ... }:
{
  imports = [
    { options.x = lib.mkOption { type = lib.types.anything; }; }
    { x = { outPath = "/somewhere"; name = "a"; }; }
  ];
  x = { outPath = "/somewhere"; name = "a"; };
}
