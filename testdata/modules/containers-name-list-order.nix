# container names come out sorted, whatever the definition order
{ lib, ... }:
{
  imports = [ ./lib/containers-options.nix { containers.b = { }; } ];
  containers.c = { };
  containers.a = { };
}
