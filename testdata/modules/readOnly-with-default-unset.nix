# a read-only option with a default and no definition gives the default
{ lib, ... }:
{
  options.version = lib.mkOption { readOnly = true; default = "1"; type = lib.types.str; };
}
