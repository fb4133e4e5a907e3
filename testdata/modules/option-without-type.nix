# mkOption without type: unspecified
{ lib, ... }:
{
  imports = [ { a = { y = 2; }; } ];
  options.a = lib.mkOption { };
  config.a = { x = 1; };
}
