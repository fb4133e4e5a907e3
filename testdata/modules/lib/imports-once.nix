# imports lib/once.nix a second time
{
  imports = [ ./once.nix ];
  items = [ "imports-once" ];
}
