# A host that starts its `shell` container with a wrapper of its own by setting the unit's
# `ExecStart`: NixOS's systemd module makes the unit's `script` (the container's start
# script) its `ExecStart`, one value, so the two definitions conflict, as nixos-rebuild
# reports. `lib.mkForce` replaces NixOS's (see container-unit-scripts-replaced).
{ config, lib, pkgs, ... }:
{
  system.stateVersion = "25.05";
  networking.hostName = "bench";

  containers.shell = {
    autoStart = true;
    config = { system.stateVersion = "25.05"; };
  };

  systemd.services."container@shell".serviceConfig.ExecStart =
    "/run/current-system/sw/bin/nspawn-wrapper shell";
}
