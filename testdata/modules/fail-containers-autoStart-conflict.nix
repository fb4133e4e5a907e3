# autoStart true and false
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web = lib.mkMerge [ { autoStart = true; } { autoStart = false; } ];
}
