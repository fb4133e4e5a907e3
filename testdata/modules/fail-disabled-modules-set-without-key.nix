# disabledModules: a set with neither a key nor a text is an error
{
  imports = [ ./lib/items-option.nix ./lib/once.nix ];
  disabledModules = [ { items = [ "once" ]; } ];
}
