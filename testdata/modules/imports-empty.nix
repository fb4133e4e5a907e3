# an empty imports list and an empty module
{ lib, ... }:
{
  imports = [ { } ];
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
}
