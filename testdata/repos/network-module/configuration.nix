# A channel-style host whose network settings live in network.nix: a NixOS module, not a
# NixOps network, so this host is the repository's own and is checked as NixOS would.
{ config, pkgs, ... }:
{
  imports = [ ./network.nix ./base.nix ];
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "24.05";
}
