# a whole container under mkIf false does not exist
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web = lib.mkIf false { autoStart = true; };
  containers.db = { };
}
