# types.anything: a package and a plain set are of different kinds
{ lib, ... }:
{
  imports = [
    { options.x = lib.mkOption { type = lib.types.anything; }; }
    { x = { outPath = "/somewhere"; }; }
  ];
  x = { name = "a"; };
}
