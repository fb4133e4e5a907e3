# one container defined over several files
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ./lib/host/web-a.nix ./lib/host/web-c.nix ./lib/host/db.nix ];
}
