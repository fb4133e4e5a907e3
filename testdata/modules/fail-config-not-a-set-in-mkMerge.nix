# a module's config given by mkMerge must hold sets
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix ];
  config = lib.mkMerge [ { items = [ "a" ]; } "b" ];
}
