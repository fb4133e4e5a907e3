# bindMounts: mountPoint defaults to the attribute name
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.bindMounts."/var/www" = { };
  containers.web.bindMounts."/srv/data".hostPath = "/data";
}
