# A module that gives each container a macvlan from an option, whose default is empty for
# the host's own network: `macvlans = [ "" ]`. NixOS writes MACVLANS="" and the start
# script's word splitting drops the empty entry, so systemd-nspawn gets no
# --network-macvlan= and the container shares the host's network: nothing breaks.
{ lib, config, ... }:
let
  device = { media = ""; lan = "eno1"; };
in
{
  containers = lib.mapAttrs (name: macvlanDevice: {
    autoStart = true;
    privateNetwork = macvlanDevice != "";
    macvlans = [ "${macvlanDevice}" ];
    config = { };
  }) device;
}
