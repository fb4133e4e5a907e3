{ config, mode, siteName, soxincfg, inputs, ... }:
{
  assertions = [
    { assertion = config.networking.hostName == "vault"; message = "named by its key"; }
    { assertion = mode == "NixOS" && siteName == "example"; message = "soxin's special arguments"; }
    { assertion = soxincfg ? nixosConfigurations && inputs ? soxin; message = "soxincfg and inputs"; }
    { assertion = config.services.openssh.enable && config.nix.linkInputs; message = "extraNixosModules and soxin's nix settings"; }
  ];

  containers.archive = {
    autoStart = true;
    bindMounts."/var/backup" = {
      hostPath = "srv/backup/archive";
      isReadOnly = false;
    };
    config = { ... }: {
      services.postgresql.enable = true;
      system.stateVersion = "25.11";
    };
  };

  containers.index = {
    autoStart = true;
    bindMounts."/var/backup".hostPath = config.site.backupRoot;
    config = { ... }: {
      system.stateVersion = "25.11";
    };
  };

  boot.loader.grub.devices = [ "/dev/sda" ];
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.11";
}
