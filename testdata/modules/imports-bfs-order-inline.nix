# the same breadth-first order with inline modules
{
  imports = [
    ./lib/items-option.nix
    { imports = [ { imports = [ { items = [ "x11" ]; } ]; items = [ "x1" ]; } ]; items = [ "x" ]; }
    { imports = [ { items = [ "y1" ]; } ]; items = [ "y" ]; }
  ];
  items = [ "case" ];
}
