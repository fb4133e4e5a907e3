{
  imports = [ ./target-child.nix ];
  items = [ "target" ];
}
