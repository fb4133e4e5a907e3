# attrsOf: an int entry computed from another entry is infinite recursion
# (attrsOf must force each definition to see whether it is a mkIf)
{ config, lib, ... }:
{
  options.m = lib.mkOption { type = lib.types.attrsOf lib.types.int; };
  config.m.a = 1;
  config.m.b = config.m.a + 1;
}
