# priorities inside a submodule
{ lib, ... }:
{
  imports = [ { s.a = lib.mkForce 2; } ];
  options.s = lib.mkOption {
    type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; }; };
  };
  config.s.a = 1;
}
