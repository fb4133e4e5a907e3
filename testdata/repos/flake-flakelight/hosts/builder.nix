{ hostname, ... }:
{
  networking.hostName = hostname;

  containers.cache = {
    autoStart = true;
    bindMounts."/srv/cache".hostPath = "/srv/cache";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };

  boot.loader.grub.devices = [ "/dev/vda" ];
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "25.11";
}
