# types.attrs merges shallowly: the later wins
{ lib, ... }:
{
  imports = [ { v = { a = 1; n.x = 1; }; } ];
  options.v = lib.mkOption { type = with lib.types; attrs; };
  config.v = { b = 2; n.y = 2; };
}
