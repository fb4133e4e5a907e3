# disabledModules works from any module, here an imported inline one
{
  imports = [
    ./lib/items-option.nix
    ./lib/once.nix
    ./lib/nested/inner.nix
    { disabledModules = [ ./lib/nested/inner.nix ]; }
  ];
}
