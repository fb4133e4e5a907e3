{ ... }:
{
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/" = { device = "/dev/sda1"; fsType = "ext4"; };
  networking.hostName = "gateway";

  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    config = { ... }: {
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 443 ];
      system.stateVersion = "25.11";
    };
  };

  system.stateVersion = "25.11";
}
