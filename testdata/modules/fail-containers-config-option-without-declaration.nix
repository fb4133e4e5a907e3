# config is not an option unless declared
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.config = { };
}
