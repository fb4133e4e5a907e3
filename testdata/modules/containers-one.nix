# one container
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.web = {
    autoStart = true;
    hostAddress = "10.233.0.1";
  };
}
