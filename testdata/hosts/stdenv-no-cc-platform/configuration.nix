# A module shared by NixOS and nix-darwin hosts asks nixpkgs' `stdenvNoCC`, which is
# `stdenv` without a compiler for the same platforms, whether it runs on Linux: the
# host's platform comes from its generated hardware file, so the answer is known, as
# `pkgs.stdenv.isLinux` is, and the container's bind mount is checked and written.
{ config, lib, pkgs, ... }:
let
  inherit (pkgs.stdenvNoCC) isDarwin;
in
{
  imports = [ ./hardware-configuration.nix ];

  networking.hostName = "tower";
  system.stateVersion = "25.05";

  users.users.media.uid = if isDarwin then 501 else 1000;

  containers.jellyfin = {
    autoStart = true;
    bindMounts = lib.mkIf pkgs.stdenvNoCC.isLinux {
      "/srv/media" = {
        hostPath = "/tank/media";
        isReadOnly = true;
      };
    };
    config.system.stateVersion = "25.05";
  };
}
