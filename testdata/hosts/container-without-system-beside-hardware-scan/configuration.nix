# A generated host whose container lost its `config` in a refactor: the container's
# attributes are still there, its system is not. NixOS stops ("The option
# `containers.wiki.path' was accessed but has no value defined"). The only module ncc
# does not evaluate is NixOS's own hardware scan, which the generated
# hardware-configuration.nix imports and which gives no container a system.
{ config, lib, pkgs, ... }:

{
  imports = [ ./hardware-configuration.nix ./wiki.nix ];

  boot.loader.systemd-boot.enable = true;
  boot.loader.efi.canTouchEfiVariables = true;

  networking.hostName = "shelf";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp3s0";
  };
  networking.firewall.allowedTCPPorts = [ 22 8080 ];

  services.openssh.enable = true;
  time.timeZone = "Europe/Oslo";

  users.users.kari = {
    isNormalUser = true;
    extraGroups = [ "wheel" ];
  };

  environment.systemPackages = with pkgs; [ vim git tmux ];

  system.stateVersion = "24.05";
}
