# a container defined by a module function receiving name
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web = { name, ... }: { hostAddress = "${name}.local"; };
}
