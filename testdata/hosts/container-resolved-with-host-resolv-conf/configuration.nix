# A host whose DNS container turns on systemd-resolved to serve its split-horizon zone.
# NixOS's container profile gives every container `networking.useHostResolvConf =
# mkDefault true`, and resolved's module asserts that it is false: NixOS stops with
# "Using host resolv.conf is not supported with systemd-resolved" for `resolver`, and
# builds `cache`, which turns the host's resolv.conf off.
{ config, lib, pkgs, ... }:

{
  imports = [ ./hardware-configuration.nix ];

  boot.loader.systemd-boot.enable = true;
  networking.hostName = "gate";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eno1";
  };

  containers.resolver = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "192.168.80.1";
    localAddress = "192.168.80.2";
    config = { pkgs, ... }: {
      services.resolved = {
        enable = true;
        settings.Resolve.DNSStubListenerExtra = "192.168.80.2";
      };
      networking.firewall.allowedUDPPorts = [ 53 ];
      environment.systemPackages = [ pkgs.dig ];
      system.stateVersion = "25.05";
    };
  };

  containers.cache = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "192.168.80.5";
    localAddress = "192.168.80.6";
    config = {
      services.resolved.enable = true;
      networking.useHostResolvConf = false;
      networking.nameservers = [ "192.168.80.2" ];
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
