{ lib, ... }:
{
  boot.loader.grub.devices = [ "/dev/sda" ];
  fileSystems."/".device = "/dev/sda1";
  users.users.alice.isNormalUser = true;
  system.stateVersion = lib.mkDefault "25.11";
}
