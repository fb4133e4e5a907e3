# an option declaration is not a module
{ lib, ... }:
{
  imports = [ (lib.mkOption { type = lib.types.int; }) ];
}
