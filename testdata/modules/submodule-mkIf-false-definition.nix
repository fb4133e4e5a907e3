# a submodule value under mkIf false: the other definitions remain
{ lib, ... }:
{
  imports = [ { s = lib.mkIf false { a = 1; }; } ];
  options.s = lib.mkOption {
    type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 0; }; };
    default = { };
  };
}
