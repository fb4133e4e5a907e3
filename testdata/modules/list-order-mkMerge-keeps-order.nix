# mkMerge directly on a list option keeps the order
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix ];
  items = lib.mkMerge [ [ "1" ] [ "2" ] [ "3" ] ];
}
