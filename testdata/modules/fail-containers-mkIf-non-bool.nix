# a container under a non-Boolean mkIf
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web = lib.mkIf 1 { };
}
