# mkIf false on one list element drops just that element
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix ];
  items = [ "a" (lib.mkIf false "b") "c" (lib.mkIf true "d") ];
}
