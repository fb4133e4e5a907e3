# A host that gives the units of its containers scripts of its own: a bridge made before
# `node1` starts, a clean-up after `node2` stops. NixOS adds `preStart` to the lines of
# the container's own pre-start script and runs `postStop` as `ExecStopPost=`; so does
# `ncc build`, warning that `node1`'s lines name a package it writes as a placeholder
# (N303). `cache`, whose unit is given an empty script, keeps the template's scripts.
{ config, lib, pkgs, ... }:
{
  system.stateVersion = "25.05";
  networking.hostName = "lab";

  systemd.services."container@node1" = {
    preStart = ''
      ${pkgs.iproute2}/bin/ip link add br-lab type bridge || true
      ${pkgs.iproute2}/bin/ip link set br-lab up
    '';
    after = [ "network-online.target" ];
  };
  systemd.services."container@node2".postStop = "rm -rf /run/node2";
  systemd.services."container@cache".preStart = lib.mkDefault "";

  containers.node1 = {
    autoStart = true;
    privateNetwork = true;
    hostBridge = "br-lab";
    localAddress = "10.70.0.2/24";
    config = { };
  };

  containers.node2 = {
    privateNetwork = true;
    hostAddress = "10.70.1.1";
    localAddress = "10.70.1.2";
    config = { };
  };

  containers.cache = {
    autoStart = true;
    config = { services.redis.servers."".enable = true; };
  };
}
