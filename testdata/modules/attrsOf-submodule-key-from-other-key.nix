# attrsOf submodule: a field of one entry computed from another entry
{ config, lib, ... }:
{
  options.m = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule { options.v = lib.mkOption { type = lib.types.int; }; });
  };
  config.m.a.v = 1;
  config.m.b.v = config.m.a.v + 1;
}
