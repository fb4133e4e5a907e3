# conflicting definitions inside a submodule
{ lib, ... }:
{
  imports = [ { s.a = 2; } ];
  options.s = lib.mkOption {
    type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; }; };
  };
  config.s.a = 1;
}
