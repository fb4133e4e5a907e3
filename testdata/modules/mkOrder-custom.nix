# mkOrder sorts by number (default 1000, mkBefore 500, mkAfter 1500)
{ lib, ... }:
{
  imports = [
    ./lib/items-option.nix
    { items = lib.mkOrder 2000 [ "2000" ]; }
    { items = lib.mkOrder 10 [ "10" ]; }
    { items = lib.mkAfter [ "1500" ]; }
    { items = lib.mkBefore [ "500" ]; }
  ];
  items = [ "1000" ];
}
