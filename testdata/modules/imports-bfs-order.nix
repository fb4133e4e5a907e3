# list definitions in import order: this module, its imports, theirs
# (a imports a1 which imports a11; b imports b1)
{
  imports = [ ./lib/items-option.nix ./lib/order/a.nix ./lib/order/b.nix ];
  items = [ "case" ];
}
