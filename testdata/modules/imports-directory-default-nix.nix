# importing a directory loads its default.nix
{
  imports = [ ./lib/items-option.nix ./lib/dirmodule ];
}
