# autoStart must be a bool
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.autoStart = "yes";
}
