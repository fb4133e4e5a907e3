{ pkgs, ... }:
{
  boot.loader.systemd-boot.enable = true;
  fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };
  networking.hostName = "gateway";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp1s0";
  };
  environment.systemPackages = with pkgs; [ tcpdump mtr ];

  containers.dns = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.30.0.1";
    localAddress = "10.30.0.2";
    config = { ... }: {
      services.unbound.enable = true;
      networking.firewall.allowedUDPPorts = [ 53 ];
      system.stateVersion = "25.05";
    };
  };
}
