# an unknown bindMount option
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.bindMounts.data.isReadOnly = false;
}
