# hostAddress null in two definitions
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web = lib.mkMerge [ { hostAddress = null; } { hostAddress = null; } ];
}
