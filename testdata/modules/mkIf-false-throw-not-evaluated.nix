# the body of mkIf false is never evaluated
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 0; };
  config.a = lib.mkIf false (throw "never evaluated");
}
