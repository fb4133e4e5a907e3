# mkForce beats a plain definition
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ./lib/host/web-a.nix ];
  containers.web.hostAddress = lib.mkForce "10.0.0.9";
}
