# the definition value is printed in Nix syntax
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
  config.b = { x = 1; y = [ "z" ]; };
}
