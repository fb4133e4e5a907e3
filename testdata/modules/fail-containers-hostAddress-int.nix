# hostAddress is a string or null
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.hostAddress = 10;
}
