# a container whose only field is under mkIf false still exists
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.autoStart = lib.mkIf false true;
}
