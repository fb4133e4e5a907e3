# A library of NixOS modules with no host of its own (a 2017-style "webtainers" module):
# the module builds its containers with a helper it calls with `import`, which is a
# function of the module's arguments and of the container's settings, no module.
{ config, pkgs, lib, ... }:
let
  mkContainer = import ./container.nix { inherit config pkgs lib; };
in
{
  containers = builtins.listToAttrs (map mkContainer [
    { name = "blog"; address = "10.231.0.2"; }
    { name = "shop"; address = "10.231.0.3"; }
  ]);
}
