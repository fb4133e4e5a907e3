# disabledModules: a set whose text and key differ is an error
{
  imports = [ ./lib/items-option.nix ./lib/once.nix ];
  disabledModules = [ { outPath = "/somewhere/a.nix"; key = "b"; } ];
}
