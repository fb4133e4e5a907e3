{ pkgs, ... }:
{
  networking.hostName = "relay";
  containers.cache = {
    autoStart = true;
    bindMounts."/var/cache/relay".hostPath = "cache";
    bindMounts."/opt/tools".hostPath = "${pkgs.curl}";
    config = { };
  };
  fileSystems."/".device = "/dev/vda1";
  boot.loader.grub.devices = [ "/dev/vda" ];
  system.stateVersion = "25.11";
}
