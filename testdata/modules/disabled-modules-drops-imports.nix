# a disabled module's own imports are not loaded either (unless imported
# elsewhere)
{
  imports = [ ./lib/items-option.nix ./lib/disable/target.nix ];
  disabledModules = [ ./lib/disable/target.nix ];
  items = [ "case" ];
}
