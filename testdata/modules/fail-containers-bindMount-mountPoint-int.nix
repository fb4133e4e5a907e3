# mountPoint must be a string
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.bindMounts.data.mountPoint = 5;
}
