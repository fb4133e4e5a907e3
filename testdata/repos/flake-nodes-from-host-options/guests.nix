# Guests of a host: each becomes a container, and a node of the fleet named after both.
{ config, lib, nodes, ... }:
{
  options.guests = lib.mkOption {
    default = { };
    type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
      options.nodeName = lib.mkOption { type = lib.types.str; default = "${config.networking.hostName}-${name}"; };
      options.address = lib.mkOption { type = lib.types.str; };
    }));
  };
  config = {
    networking.extraHosts = lib.concatMapStrings (node: "# ${node}\n") (builtins.attrNames nodes);
    containers = lib.mapAttrs (name: guest: {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.30.0.1";
      localAddress = guest.address;
      config = { system.stateVersion = "25.05"; };
    }) config.guests;
  };
}
