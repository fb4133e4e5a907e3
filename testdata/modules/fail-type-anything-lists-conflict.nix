# types.anything does not concatenate lists: different lists conflict
{ lib, ... }:
{
  imports = [ { v = { n.x = [ 1 ]; }; } ];
  options.v = lib.mkOption { type = with lib.types; anything; };
  config.v = { n.x = [ 2 ]; };
}
