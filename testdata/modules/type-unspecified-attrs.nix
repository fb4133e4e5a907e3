# types.unspecified merges sets shallowly (//)
{ lib, ... }:
{
  imports = [ { v = { a = 1; n.b = 1; }; } ];
  options.v = lib.mkOption { type = with lib.types; unspecified; };
  config.v = { c = 2; n.d = 2; };
}
