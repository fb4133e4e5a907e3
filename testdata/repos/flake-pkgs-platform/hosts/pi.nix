{ lib, ... }:
{
  networking.hostName = "pi";
  nixpkgs.hostPlatform = lib.mkDefault "aarch64-linux";
  boot.loader.generic-extlinux-compatible.enable = true;
  fileSystems."/".device = "/dev/disk/by-label/NIXOS_SD";
  system.stateVersion = "25.11";
}
