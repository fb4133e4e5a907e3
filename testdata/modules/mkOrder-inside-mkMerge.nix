# mkBefore inside mkMerge
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix ];
  items = lib.mkMerge [ [ "x" ] (lib.mkBefore [ "y" ]) [ "z" ] ];
}
