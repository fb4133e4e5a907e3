{ pantryAddress, ... }:
{
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/" = { device = "/dev/sda1"; fsType = "ext4"; };
  system.stateVersion = "25.11";
  networking.hostName = "larder";

  containers.stock = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = pantryAddress;
    config = { ... }: {
      system.stateVersion = "25.11";
      services.openssh.enable = true;
    };
  };
}
