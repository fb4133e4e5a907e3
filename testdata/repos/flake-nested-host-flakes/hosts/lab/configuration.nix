{ ... }:
{
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/" = { device = "/dev/sda1"; fsType = "ext4"; };
  networking.hostName = "lab";

  containers.build_runner = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.31.0.1";
    localAddress = "10.31.0.2";
    bindMounts."/var/lib/runner" = { hostPath = "/srv/runner"; isReadOnly = false; };
    config = { system.stateVersion = "25.05"; };
  };
}
