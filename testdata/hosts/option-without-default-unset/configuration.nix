# A host carrying its own copy of a service module (a nixpkgs pull request not merged
# yet, the upstream module disabled), which declares `extraGroups` with a `defaultText`
# but no `default`. The host enables the service and sets no `extraGroups`: NixOS fails
# building the service's unit, which reads it. The error is shown where the unit reads
# the option, in the module's file, not at the start of this one.
{ config, lib, pkgs, ... }:
{
  disabledModules = [ "services/security/log-guard.nix" ];
  imports = [ ./log-guard-pr.nix ];

  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/sda2";

  services.log-guard = {
    enable = true;
    settings.listen = "127.0.0.1:8080";
  };
}
