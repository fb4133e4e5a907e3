# ordering applies among the definitions that survive the priority filter
{ lib, ... }:
{
  imports = [
    ./lib/items-option.nix
    { items = lib.mkForce (lib.mkAfter [ "forced-after" ]); }
    { items = lib.mkBefore [ "dropped" ]; }
  ];
  items = lib.mkForce [ "forced" ];
}
