# imports: a list of paths, each loaded once, definitions concatenated
{
  imports = [ ./lib/items-option.nix ./lib/once.nix ./lib/nested/inner.nix ];
}
