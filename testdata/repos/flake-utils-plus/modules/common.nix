{ config, lib, inputs, channel, site, role, ... }:
{
  assertions = [
    { assertion = inputs ? nixpkgs && site == "lab"; message = "flake-utils-plus gives the inputs"; }
    { assertion = config.nix.extraOptions == "extra-experimental-features = nix-command flakes"; message = "flakes are on"; }
  ];
  nix.generateRegistryFromInputs = true;
  environment.etc."role".text = role;
  sops.defaultSopsFile = ./secrets.yaml;
  boot.loader.grub.devices = [ "/dev/sda" ];
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.11";
}
