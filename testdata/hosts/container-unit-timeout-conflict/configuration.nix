# A host that gives its database container more time to start through the container's
# unit rather than the container's `timeoutStartSec`: NixOS's containers module sets the
# unit's `TimeoutStartSec` itself, so the two definitions conflict, as nixos-rebuild
# reports (NixOS's listed first); `lib.mkForce`, or `timeoutStartSec = "5min"`, is what
# works.
{ config, lib, ... }:
{
  system.stateVersion = "25.05";
  networking.hostName = "ledger";

  containers.db = {
    autoStart = true;
    config = { services.postgresql.enable = true; system.stateVersion = "25.05"; };
  };

  systemd.services."container@db".serviceConfig.TimeoutStartSec = "5min";
}
