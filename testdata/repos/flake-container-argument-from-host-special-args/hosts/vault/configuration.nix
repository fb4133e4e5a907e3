{ config, lib, pkgs, inputs, ... }:
{
  imports = [ ./passwords.nix ];

  boot.loader.systemd-boot.enable = true;
  networking.hostName = "vault";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  services.openssh.enable = true;
  sops.defaultSopsFile = ../../secrets/vault.yaml;

  system.stateVersion = "24.11";
}
