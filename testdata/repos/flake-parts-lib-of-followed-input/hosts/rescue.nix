{ lib, ... }:
{
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/" = { device = "/dev/vda1"; fsType = "ext4"; };
  system.stateVersion = "25.11";
  networking.hostName = "rescue";

  containers.shell = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.9.0.1";
    localAddress = "10.9.0.2";
    ephemeral = true;
    config = { ... }: {
      system.stateVersion = "25.11";
      networking.firewall.allowedTCPPorts = lib.optional true 22;
      services.openssh.enable = true;
    };
  };
}
