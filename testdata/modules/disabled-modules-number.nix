# disabledModules: a number is taken as its text (toString), disabling nothing here
{
  imports = [ ./lib/items-option.nix ./lib/once.nix ];
  disabledModules = [ 1 ];
}
