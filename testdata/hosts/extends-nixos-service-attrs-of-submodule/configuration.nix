# A host whose backup module adds options to every entry of a NixOS service's attribute
# set of submodules by declaring it again (`attrsOf (submodule ...)`, no default, in
# backup.nix): nixpkgs merges the two declarations' submodules, so `repo`, `encryption`,
# `startAt`, `paths` and `user` are NixOS's options of each job and `snapshot` the
# module's own, read back to make a unit. With no repository defined, `repos` is the
# default NixOS's declaration gives (`{ }`), never "accessed but has no value defined";
# ncc once left it unknown (N301, and N302 for the container's files) and now declares
# borgbackup's sets with that default. A typo in an option ncc checks is still reported.
{ config, lib, pkgs, ... }:
{
  imports = [ ./backup.nix ];

  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";

  services.borgbackup.jobs.srv = {
    repo = "ssh://backup@vault.lan/./srv";
    encryption.mode = "none";
    startAt = "daily";
    snapshot = true;
  };

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-vault" ];
    externalInterface = "eth0";
  };

  containers.vault = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.0.1";
    localAddress = "10.90.0.2";
    bindMounts."/srv/backup" = { hostPath = "/srv/backup"; isReadOnly = false; };
    # A job's `snapshot` is not a container's: a typo of `ephemeral`.
    ephemerall = true;
    config.system.stateVersion = "25.11";
  };
}
