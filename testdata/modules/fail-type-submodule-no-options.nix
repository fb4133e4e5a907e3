# a definition in a submodule that declares no options
{ lib, ... }:
{
  options.s = lib.mkOption { type = lib.types.submodule { }; default = { }; };
  config.s.b = 2;
}
