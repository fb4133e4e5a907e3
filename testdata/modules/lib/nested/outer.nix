# ./inner.nix is relative to this file, not to the case
{
  imports = [ ./inner.nix ];
  items = [ "outer" ];
}
