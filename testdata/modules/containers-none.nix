# no container defined: containers = { }
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
}
