# lazyAttrsOf: an entry under mkIf false takes the element type's empty value
{ lib, ... }:
{
  options.v = lib.mkOption { type = lib.types.lazyAttrsOf (lib.types.listOf lib.types.int); };
  config.v = { a = [ 1 ]; b = lib.mkIf false [ 2 ]; };
}
