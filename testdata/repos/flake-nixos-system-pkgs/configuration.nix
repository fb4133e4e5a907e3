{ config, pkgs, ... }:
{
  nixpkgs.overlays = [
    (final: prev: {
      site = prev.site // { gateway = prev.site.addressOf 1 + "/24"; };
    })
  ];

  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = pkgs.site.gateway;
    localAddress = pkgs.site.addressOf 20;
    config = {
      services.nginx.enable = true;
      system.stateVersion = "25.05";
    };
  };

  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.05";
}
