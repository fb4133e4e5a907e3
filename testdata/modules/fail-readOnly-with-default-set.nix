# a read-only option with a default may not be set: the default counts as a definition
{ lib, ... }:
{
  options.version = lib.mkOption { readOnly = true; default = "1"; type = lib.types.str; };
  config.version = "2";
}
