{ role, lib, ... }:
{
  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/disk/by-label/nixos";
  services.openssh.enable = lib.mkDefault (role == "server");
}
