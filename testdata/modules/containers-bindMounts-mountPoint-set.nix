# bindMounts: an explicit mountPoint beats mkDefault name
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.bindMounts.www = {
    mountPoint = "/var/www";
    hostPath = "/srv/www";
  };
}
