# containers is an attribute set, not a list
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers = [ { autoStart = true; } ];
}
