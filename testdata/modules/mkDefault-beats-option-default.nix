# mkDefault (1000) beats the option default (1500)
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
  config.a = lib.mkDefault 2;
}
