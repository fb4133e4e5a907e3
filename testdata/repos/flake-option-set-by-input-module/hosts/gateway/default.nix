{ ... }:
{
  imports = [ ../../modules/tunnel.nix ];

  networking.hostName = "gateway";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/" = { device = "/dev/sda1"; fsType = "ext4"; };
  system.stateVersion = "25.11";

  my.tunnel.enable = true;
}
