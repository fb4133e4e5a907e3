# A host that runs a mesh module of its own beside the mesh's options, which come from a
# flake input ncc does not evaluate (here: options no module declares). The module
# gives the machines' links only under the mesh's `enable`, and makes one key file
# for each link of this machine from their names; the host turns the mesh on and
# bind-mounts the keys into its VPN container. Whether the mesh's `machines` are an
# `attrsOf` or a group of options, NixOS has both links once the condition is decided,
# which is true here: the container gets both keys.
{ config, lib, ... }:
{
  imports = [ ./mesh.nix ];

  system.stateVersion = "25.11";
  networking.hostName = "relay";
  services.meshnet.enable = true;

  containers.vpn = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.2";
    bindMounts = lib.mapAttrs' (
      name: key: lib.nameValuePair "/run/keys/${name}" { hostPath = key.path; }
    ) config.keys.files;
    config.system.stateVersion = "25.11";
  };
}
