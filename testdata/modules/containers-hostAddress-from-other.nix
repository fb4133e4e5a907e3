# container b reads container a (lazy fixpoint)
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.a.hostAddress = "10.0.0.1";
  containers.b.hostAddress = "${config.containers.a.hostAddress}0";
}
