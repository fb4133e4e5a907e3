# a module that is a bare mkIf (treated as { config = mkIf ...; })
{ lib, ... }:
{
  imports = [ (lib.mkIf true { a = 5; }) (lib.mkIf false { b = 6; }) ];
  options.a = lib.mkOption { type = lib.types.int; default = 0; };
  options.b = lib.mkOption { type = lib.types.int; default = 0; };
}
