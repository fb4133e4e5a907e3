{ lib, ... }:
{
  system.stateVersion = "25.11";
  networking.firewall.enable = lib.mkDefault true;
}
