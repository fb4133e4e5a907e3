# null is not a Boolean either
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 0; };
  config.a = lib.mkIf null 1;
}
