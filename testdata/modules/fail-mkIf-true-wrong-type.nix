# the body of mkIf true is type-checked
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 0; };
  config.a = lib.mkIf true "one";
}
