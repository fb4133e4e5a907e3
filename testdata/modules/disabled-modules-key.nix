# disabledModules by an attribute set with the `key` of the module
{
  imports = [ ./lib/items-option.nix ./lib/disable/keyed.nix ./lib/once.nix ];
  disabledModules = [ { key = "keyed-module"; } ];
}
