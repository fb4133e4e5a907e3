# A module that declares `site.primary` from the declaration of its sibling `site.peers`
# (`options.site.peers.type.getSubOptions [ ]`), which another module declares: reading
# `options.site` while `site` is being declared, as nixpkgs allows since it declares
# each name below `site` when it is first read (checked with nixpkgs lib 25.11).
{ config, lib, options, ... }:
let
  peerOptions = options.site.peers.type.getSubOptions [ ];
in
{
  imports = [ ./peers.nix ];
  options.site.primary = {
    inherit (peerOptions) address;
    weight = lib.mkOption { type = lib.types.ints.positive; default = 1; };
  };
  config = {
    system.stateVersion = "24.11";
    boot.loader.grub.device = "/dev/vda";
    fileSystems."/".device = "/dev/vda1";
    site.primary.address = "10.80.0.2";
    site.peers.backup.address = "10.80.0.3";
    networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "ens3"; };
    containers.primary = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.80.0.1";
      localAddress = config.site.primary.address;
      config = { system.stateVersion = "24.11"; };
    };
    containers.backup = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.80.0.1";
      # The primary's address again: the host routes it to one container only.
      localAddress = config.site.primary.address;
      config = { system.stateVersion = "24.11"; };
    };
  };
}
