# the same inline module value imported twice is loaded twice: inline
# modules get positional keys, not a key of their own
let
  m = { items = [ "x" ]; };
in
{
  imports = [ ./lib/items-option.nix m m ];
}
