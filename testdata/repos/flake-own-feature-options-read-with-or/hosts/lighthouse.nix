# A host whose own modules declare a group of options per feature, some with
# `openFirewall`, and read them back with `or` over every feature: NixOS gives the
# fallback where a feature does not declare the option. The `wiki` feature opens its
# firewall without saying on which interface, which the host's own assertion refuses.
{ config, lib, pkgs, ... }:
{
  imports = [
    ./hardware-configuration.nix
    ../features/common.nix
    ../features/wiki.nix
    ../features/metrics.nix
  ];

  networking.hostName = "lighthouse";
  system.stateVersion = "25.11";
  boot.loader.systemd-boot.enable = true;
  time.timeZone = "Europe/Paris";
  services.openssh.enable = true;
  environment.systemPackages = with pkgs; [ git htop ];

  lab.features = {
    wiki.enable = true;
    wiki.openFirewall = true;
    metrics.enable = true;
  };

  containers.wiki = {
    autoStart = config.lab.features.wiki.enable;
    privateNetwork = true;
    hostAddress = "10.233.4.1";
    localAddress = "10.233.4.2";
    config = { ... }: {
      services.dokuwiki.sites."wiki.lab.example" = { };
      system.stateVersion = "25.11";
    };
  };
}
