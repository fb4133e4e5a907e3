# hostAddress both null and a string
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ./lib/host/web-a.nix ];
  containers.web.hostAddress = null;
}
