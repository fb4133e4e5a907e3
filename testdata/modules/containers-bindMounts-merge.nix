# bindMounts of one container from several modules
{ config, lib, ... }:
{
  imports = [
    ./lib/containers-options.nix
    { containers.web.bindMounts."/a".hostPath = "/x"; }
  ];
  containers.web.bindMounts."/b" = { };
}
