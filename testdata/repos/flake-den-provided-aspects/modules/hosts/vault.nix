{ den, ... }:
{
  den.hosts.x86_64-linux.vault = { };

  den.aspects.vault = {
    includes = [
      den.aspects.storage
      den.aspects.storage.nas
      den.aspects.storage._.scrub
      den._.node-metrics
    ];
    nixos = { config, ... }: {
      assertions = [
        { assertion = config.services.smartd.enable && config.services.zfs.autoScrub.enable; message = "the aspect and what it provides"; }
        { assertion = config.services.prometheus.exporters.node.enable; message = "the flake's battery"; }
      ];
      networking.hostId = "5e2a9b71";
      boot.loader.grub.devices = [ "/dev/sda" ];
      fileSystems."/".device = "/dev/sda1";
      system.stateVersion = "25.11";
    };
  };
}
