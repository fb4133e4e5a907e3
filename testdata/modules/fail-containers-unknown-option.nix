# a misspelt container option
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.autostart = true;
}
