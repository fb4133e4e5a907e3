# disabledModules: a set with an outPath disables the module keyed by that text
{
  imports = [
    ./lib/items-option.nix
    ./lib/once.nix
    { key = "/somewhere/keyed.nix"; items = [ "keyed" ]; }
  ];
  disabledModules = [ { outPath = "/somewhere/keyed.nix"; } ];
}
