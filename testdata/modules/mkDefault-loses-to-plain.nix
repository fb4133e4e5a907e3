# a plain definition (priority 100) beats mkDefault (1000)
{ lib, ... }:
{
  imports = [ { a = lib.mkDefault 1; } ];
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = 2;
}
