# one container with all defaults
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web = { };
}
