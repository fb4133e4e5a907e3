# mkBefore puts a definition first
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix { items = [ "middle" ]; } ];
  items = lib.mkBefore [ "first" ];
}
