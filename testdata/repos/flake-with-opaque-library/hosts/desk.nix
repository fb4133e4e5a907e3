{ lib, pkgs, ... }:
with lib;
with pkgs.nur.repos.someone.lib;
{
  imports = map import (getFiles {
    dir = ../config;
    suffixes = [ "nix" ];
  });
  fileSystems."/".device = "/dev/sda1";
  boot.loader.grub.device = "/dev/sda";
  containers.print = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.80.0.1";
    localAddress = "10.80.0.2";
    config.system.stateVersion = mkDefault "25.11";
  };
  system.stateVersion = "25.11";
}
