{
  imports = [ ./a1.nix ];
  items = [ "a" ];
}
