# the container's own config as a module function
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ./lib/containers-config-option.nix ];
  containers.web.config = { pkgs, ... }: { environment.systemPackages = [ pkgs.htop ]; };
}
