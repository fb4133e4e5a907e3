# One aspect for every host with disks, and two it provides: a NAS share in a
# container, and scrubbing, reached through `_`.
{ den, ... }:
{
  den.aspects.storage = {
    nixos.services.smartd.enable = true;

    provides.nas.nixos = {
      containers.share = {
        autoStart = true;
        privateNetwork = true;
        hostAddress = "10.70.0.1";
        localAddress = "10.70.0.2";
        bindMounts."/srv/share" = {
          hostPath = "tank/share";
          isReadOnly = false;
        };
        config = { ... }: {
          services.samba.enable = true;
          system.stateVersion = "25.11";
        };
      };
    };

    provides.scrub.nixos.services.zfs.autoScrub.enable = true;
  };
}
