# A host that tunes its container's unit, beside a module of its own that keeps units of
# another service behind a condition ncc cannot know (the default of NixOS's own
# `services.postgresql.enable`). NixOS discharges `systemd.services` whole, so that
# condition keeps ncc from knowing which units the host has; yet no condition decides
# what `container@git` is, and its unit is read from its own definitions.
{ config, lib, ... }:
{
  imports = [
    ./backup.nix
  ];

  networking.hostName = "forge";
  system.stateVersion = "25.05";

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eno1";
  };

  containers.git = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.7.1";
    localAddress = "10.231.7.2";
    bindMounts."/var/lib/forgejo" = { hostPath = "/srv/forgejo"; isReadOnly = false; };
    config = { ... }: {
      services.forgejo.enable = true;
      networking.firewall.allowedTCPPorts = [ 3000 ];
      system.stateVersion = "25.05";
    };
  };

  # The container waits for its data disk, and may use at most 2 GB.
  systemd.services."container@git" = {
    after = [ "srv.mount" ];
    requires = [ "srv.mount" ];
    serviceConfig.MemoryMax = "2G";
  };
}
