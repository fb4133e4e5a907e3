# mkIf needs a Boolean condition
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 0; };
  config.a = lib.mkIf "yes" 1;
}
