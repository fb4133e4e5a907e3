{ import-tree }:
{ inputs, ... }:
let
  tree = import-tree.withLib inputs.nixpkgs.lib;
in
{
  imports = tree.leafs ./parts;
}
