# equal orders keep definition order
{ lib, ... }:
{
  imports = [
    ./lib/items-option.nix
    { items = lib.mkBefore [ "b1" ]; }
    { items = lib.mkBefore [ "b2" ]; }
    { items = lib.mkAfter [ "a1" ]; }
    { items = lib.mkAfter [ "a2" ]; }
  ];
  items = lib.mkBefore [ "b0" ];
}
