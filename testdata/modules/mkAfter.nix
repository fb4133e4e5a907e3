# mkAfter puts a definition last
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix { items = lib.mkAfter [ "last" ]; } ];
  items = [ "middle" ];
}
