{ lib, ... }:
let
  subnet = 66;
  port = 8443;
in
{
  imports = [ ../../common/nix.nix ];

  networking.hostName = "gateway";
  fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };
  boot.loader.systemd-boot.enable = true;

  containers.iot = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "192.168.${subnet}.1";
    localAddress = "192.168.${subnet}.2";
    config = {
      networking.firewall.allowedTCPPorts = [ port ];
      systemd.services.bridge.description = "bridge on :${port}";
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
