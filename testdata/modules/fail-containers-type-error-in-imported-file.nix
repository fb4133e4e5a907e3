# a type error located in the imported file, next to a good definition
{
  imports = [ ./lib/containers-options.nix ./lib/host/web-a.nix ./lib/host/bad-autostart.nix ];
}
