# attrsOf: whether container b exists may not depend on config.containers (infinite recursion)
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers.a.autoStart = true;
  containers.b = lib.mkIf config.containers.a.autoStart { hostAddress = "10.0.0.2"; };
}
