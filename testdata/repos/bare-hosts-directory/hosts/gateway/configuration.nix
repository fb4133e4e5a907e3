# nixos-rebuild switch -I nixos-config=hosts/gateway/configuration.nix
{ config, pkgs, ... }:
{
  imports = [
    ./hardware-configuration.nix
    ../../shared/base.nix
  ];

  networking.hostName = "gateway";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp3s0";
  };

  containers.dns = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = {
      services.unbound.enable = true;
      networking.firewall.allowedUDPPorts = [ 53 ];
      system.stateVersion = "24.05";
    };
  };

  system.stateVersion = "24.05";
}
