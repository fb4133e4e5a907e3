# definitions of the winning priority are all merged
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix { items = lib.mkForce [ "f1" ]; } { items = [ "plain" ]; } ];
  items = lib.mkForce [ "f2" ];
}
