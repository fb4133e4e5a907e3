# this module's definition comes before its imports'
{
  imports = [ ./lib/items-option.nix { items = [ "import-1" ]; } { items = [ "import-2" ]; } ];
  items = [ "case" ];
}
