{
  imports = [ ./a11.nix ];
  items = [ "a1" ];
}
