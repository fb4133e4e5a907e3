# disabledModules must be a list
{
  imports = [ ./lib/items-option.nix ./lib/disable/keyed.nix ];
  disabledModules = "keyed-module";
}
