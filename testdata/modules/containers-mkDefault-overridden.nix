# mkDefault in one file, plain in another
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ./lib/host/db.nix ];
  containers.db.autoStart = false;
}
