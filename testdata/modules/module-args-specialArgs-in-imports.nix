# specialArgs, unlike _module.args, can be used in imports
{ lib, specialValue, ... }:
{
  imports = [ ./lib/items-option.nix { items = [ specialValue ]; } ];
}
