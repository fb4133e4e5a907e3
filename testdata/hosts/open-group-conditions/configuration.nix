# A module whose `config` is under a condition on its own option, whose value reads
# another module's undeclared option (`services.fcgiwrap`): NixOS reads a group such as
# `services` without deciding the conditions of its other members, so this evaluates;
# so must the open world, where `services` is not declared.
{ config, lib, ... }:
{
  imports = [ ./proxy.nix ];
  system.stateVersion = "24.05";
  services.fcgiwrap.enable = true;
  proxy.sites.git = "reverse_proxy unix/${config.services.fcgiwrap.socketAddress or "/run/fcgiwrap.sock"}";
  containers.web = {
    autoStart = true;
    config = { };
  };
}
