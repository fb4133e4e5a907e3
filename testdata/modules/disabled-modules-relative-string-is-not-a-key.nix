# disabledModules: a string that does not start with "/" is a path relative to
# specialArgs.modulesPath (here none, so "/keyed-module"), never a module's key
{
  imports = [ ./lib/items-option.nix ./lib/disable/keyed.nix ./lib/once.nix ];
  disabledModules = [ "keyed-module" ];
}
