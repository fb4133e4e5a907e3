# _module.freeformType: undeclared definitions are typed by it
{ lib, ... }:
{
  freeformType = lib.types.attrsOf lib.types.str;
  options.declared = lib.mkOption { type = lib.types.int; default = 1; };
  config.free = "x";
}
