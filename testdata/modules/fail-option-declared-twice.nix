# two defaults for one option
{ lib, ... }:
{
  imports = [ { options.a = lib.mkOption { type = lib.types.int; default = 1; }; } ];
  options.a = lib.mkOption { type = lib.types.int; default = 2; };
}
