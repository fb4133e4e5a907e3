# inline modules with the same `key` are loaded once: the first wins
{ lib, ... }:
{
  imports = [
    ./lib/items-option.nix
    { key = "shared"; items = [ "first" ]; }
    { key = "shared"; items = [ "second" ]; }
    { key = "other"; items = [ "other" ]; }
  ];
}
