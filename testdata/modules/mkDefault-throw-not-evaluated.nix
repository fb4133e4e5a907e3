# a losing mkDefault (throw ...) is never evaluated
{ lib, ... }:
{
  imports = [ { a = lib.mkDefault (throw "never evaluated"); } ];
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = 1;
}
