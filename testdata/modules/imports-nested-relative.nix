# lib/nested/outer.nix imports ./inner.nix relative to itself
{
  imports = [ ./lib/items-option.nix ./lib/nested/outer.nix ];
}
