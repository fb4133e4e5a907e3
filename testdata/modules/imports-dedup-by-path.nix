# the same file imported three times (twice here, once via another file)
# is loaded once
{
  imports = [
    ./lib/items-option.nix
    ./lib/once.nix
    ./lib/imports-once.nix
    ./lib/once.nix
  ];
}
