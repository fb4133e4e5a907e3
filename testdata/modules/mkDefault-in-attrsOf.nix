# priorities apply per attribute of attrsOf
{ lib, ... }:
{
  imports = [ { m = lib.mkDefault { a = 1; b = 2; }; } ];
  options.m = lib.mkOption { type = lib.types.attrsOf lib.types.int; };
  config.m.a = 10;
}
