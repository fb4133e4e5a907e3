# mkDefault list definitions are dropped when a plain one exists
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix { items = lib.mkDefault [ "default" ]; } ];
  items = [ "plain" ];
}
