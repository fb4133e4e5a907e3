# two mkDefault of the same priority conflict
{ lib, ... }:
{
  imports = [ { a = lib.mkDefault 1; } ];
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = lib.mkDefault 2;
}
