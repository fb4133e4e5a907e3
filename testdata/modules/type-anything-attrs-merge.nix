# types.anything merges sets recursively; equal values merge
{ lib, ... }:
{
  imports = [ { v = { a = 1; n.x = [ 1 ]; }; } ];
  options.v = lib.mkOption { type = with lib.types; anything; };
  config.v = { b = 2; n.x = [ 1 ]; n.y = true; };
}
