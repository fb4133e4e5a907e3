# containers generated with lib.mapAttrs from a table
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers = lib.mapAttrs (name: ip: { hostAddress = ip; autoStart = name == "web"; }) {
    web = "10.0.0.1";
    db = "10.0.0.2";
  };
}
