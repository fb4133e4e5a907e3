# NIX_PATH=nixpkgs=$(nix eval --raw -f nix/sources.nix nixpkgs) nixos-rebuild switch \
#   -I nixos-config=machines/archive/configuration.nix
{ config, lib, ... }:
let
  # lib.uniqueStrings is newer than nixpkgs 25.11; the pin follows nixos-unstable.
  shares = lib.uniqueStrings [ "/srv/photos" "/srv/music" "/srv/photos" ];
in
{
  imports = [ ./hardware-configuration.nix ];

  networking.hostName = "archive";

  containers.samba = {
    autoStart = true;
    bindMounts = lib.genAttrs shares (share: { hostPath = share; isReadOnly = false; });
    config = {
      services.samba.enable = true;
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
