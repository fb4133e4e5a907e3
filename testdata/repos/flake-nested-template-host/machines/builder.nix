{ ... }:
{
  system.stateVersion = "25.05";
  networking.hostName = "builder";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  nix.settings.max-jobs = 8;
}
