# The gateway, with the shared modules and one container.
{ ... }:
{
  imports = [ ../modules ];
  system.stateVersion = "24.05";
  fileSystems."/".device = "/dev/disk/by-label/nixos";
  boot.loader.grub.device = "/dev/vda";
  networking.hostName = "gateway";
  containers.proxy = {
    autoStart = true;
    config = { ... }: {
      system.stateVersion = "24.05";
      services.nginx.enable = true;
    };
  };
}
