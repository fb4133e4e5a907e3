# several containers
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web.autoStart = true;
  containers.db.hostAddress = "10.233.1.1";
  containers.cache = { };
}
