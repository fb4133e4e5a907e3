# mkIf on a whole list definition
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix { items = lib.mkIf false [ "no" ]; } ];
  items = lib.mkIf true [ "yes" ];
}
