# options.items: a list of strings, empty by default.
{ lib, ... }:
{
  options.items = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ ];
  };
}
