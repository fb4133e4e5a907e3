# A host whose containers a helper of its package set makes, from an overlay in a module
# this file does not import (`pkgs.labHelpers.mkContainers`): which containers it
# declares is unknown. ncc says so where `containers` is defined, and `ncc build` writes
# no container's files rather than a host without them. The host's tuning of one of
# those containers' units is no unit of an undeclared container (no C223).
{ config, lib, pkgs, ... }:
{
  system.stateVersion = "25.05";
  networking.hostName = "lab";

  containers = pkgs.labHelpers.mkContainers {
    wiki = { subnet = "10.80.1"; module = ./wiki.nix; };
    chat = { subnet = "10.80.2"; module = ./chat.nix; };
  };

  systemd.services."container@wiki".after = [ "network-online.target" ];

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp1s0";
  };
}
