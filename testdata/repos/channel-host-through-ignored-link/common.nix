{ lib, ... }:
{
  networking.firewall.enable = lib.mkDefault true;
  system.stateVersion = "24.05";
}
