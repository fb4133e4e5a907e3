# disabledModules by path: the module is not loaded even though imported
{
  imports = [ ./lib/items-option.nix ./lib/once.nix ./lib/disable/target-child.nix ];
  disabledModules = [ ./lib/once.nix ];
}
