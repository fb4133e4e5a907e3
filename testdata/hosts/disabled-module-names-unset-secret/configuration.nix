# A module, disabled on this host, that names two secrets of sops-nix (a module ncc does
# not evaluate) by options this host leaves unset, while another module reads the
# secrets this host does define (`config.sops.secrets.restic.path`). sops-nix declares
# `sops.secrets`, so nixpkgs discards the `mkIf false` definition before reading its
# names; so does ncc, which sees `sops` only as the open world.
{ config, lib, ... }:
{
  imports = [ ./ci.nix ./env-files.nix ];
  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  sops.defaultSopsFile = ./secrets.yaml;
  sops.secrets.restic = { };
  site.envFiles.backup.vars.RESTIC_PASSWORD.secret = "restic";
  containers.cache = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.0.1";
    localAddress = "10.90.0.2";
    config = { services.nix-serve.enable = true; system.stateVersion = "25.11"; };
  };
}
