# attrsOf: an entry whose only definition is mkIf false does not exist
{ lib, ... }:
{
  options.m = lib.mkOption { type = lib.types.attrsOf lib.types.int; };
  config.m = { a = 1; b = lib.mkIf false 2; };
}
