# an unused throwing binding never fires
{ lib, ... }:
let
  unused = throw "never evaluated";
in
{
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
}
