{
  imports = [ ./b1.nix ];
  items = [ "b" ];
}
