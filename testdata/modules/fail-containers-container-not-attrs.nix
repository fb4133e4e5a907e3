# a container is a submodule, not a bool
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web = true;
}
