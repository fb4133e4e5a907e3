# the container's own config (a deferred module) prints as <module>
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ./lib/containers-config-option.nix ];
  containers.web.config = { services.nginx.enable = true; };
  containers.db = { };
}
