# containers generated with lib.genAttrs
{ config, lib, ... }:
{
  imports = [ ./lib/containers-options.nix ];
  containers = lib.genAttrs [ "a" "b" "c" ] (name: {
    hostAddress = "${name}.containers";
    autoStart = name != "b";
  });
}
