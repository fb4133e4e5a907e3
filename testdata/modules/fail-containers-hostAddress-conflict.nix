# a host split over three files with conflicting hostAddress
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ./lib/host/web-a.nix ./lib/host/web-b.nix ./lib/host/web-c.nix ];
}
