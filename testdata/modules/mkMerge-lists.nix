# mkMerge on a list option concatenates in order
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix ];
  items = lib.mkMerge [ [ "a" "b" ] [ "c" ] [ ] [ "d" ] ];
}
