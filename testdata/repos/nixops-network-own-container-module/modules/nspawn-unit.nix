# A unit of the repository's own that starts systemd-nspawn, as an older NixOS's
# containers module did: a 32-bit container on a 64-bit machine gets a personality.
{ config, lib, pkgs, ... }:
{
  systemd.services."relay-nspawn@" = {
    description = "Relay container '%i'";
    script = ''
      extraFlags=""
      ${lib.optionalString (config.nixpkgs.localSystem.system == "x86_64-linux") ''
        if [ "$(cat /nix/var/nix/profiles/per-container/$1/system/system)" = i686-linux ]; then
          extraFlags="--personality=x86"
        fi
      ''}
      exec ${pkgs.systemd}/bin/systemd-nspawn --keep-unit -M "$1" $extraFlags
    '';
  };
}
