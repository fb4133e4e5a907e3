# disabledModules: an absolute string disables the module whose key it is
{
  imports = [
    ./lib/items-option.nix
    ./lib/once.nix
    { key = "/somewhere/keyed.nix"; items = [ "keyed" ]; }
  ];
  disabledModules = [ "/somewhere/keyed.nix" ];
}
