{
  items = [ "dirmodule/default.nix" ];
}
