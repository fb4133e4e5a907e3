# The mesh: every machine's links, and this machine's key files made from its links'
# names, all under the mesh's own `enable`.
{ config, lib, ... }:
let
  cfg = config.services.meshnet;
  self = config.networking.hostName;
  link = machine: interface: address: {
    ${machine}.links.${interface} = { inherit address; };
  };
in
{
  config = lib.mkIf cfg.enable {
    services.meshnet.machines = lib.mkMerge [
      { hub.links.wg0.address = "10.30.0.1"; }
      (link "relay" "wg0" "10.30.0.7")
      (link "relay" "wg1" "10.31.0.7")
    ];
    keys.files = lib.listToAttrs (
      lib.mapAttrsToList (
        interface: _: lib.nameValuePair "mesh-${interface}" { path = "/var/lib/keys/mesh-${interface}"; }
      ) cfg.machines.${self}.links
    );
  };
}
