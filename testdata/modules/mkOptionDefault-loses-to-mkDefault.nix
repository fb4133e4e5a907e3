# mkOptionDefault (1500) loses to mkDefault (1000)
{ lib, ... }:
{
  imports = [ { a = lib.mkOptionDefault 1; } ];
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = lib.mkDefault 2;
}
