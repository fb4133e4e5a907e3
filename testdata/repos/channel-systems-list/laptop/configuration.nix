{ pkgs, ... }:
{
  imports = [ ./hardware-configuration.nix ];
  networking.hostName = "laptop";
  environment.systemPackages = [ pkgs.git ];
  system.stateVersion = "25.11";
}
