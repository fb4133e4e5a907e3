{
  inDir = true;
  fromParent = import ../lib-value.nix;
  sibling = import ./lib-in-dir.nix;
}
