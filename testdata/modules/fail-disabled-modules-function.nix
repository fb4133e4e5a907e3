# disabledModules: a function names no module
{
  imports = [ ./lib/items-option.nix ./lib/once.nix ];
  disabledModules = [ (x: x) ];
}
