# a container defined with mkMerge
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web = lib.mkMerge [
    { autoStart = true; }
    { bindMounts."/a" = { }; }
    (lib.mkIf false { hostAddress = "no"; })
  ];
}
