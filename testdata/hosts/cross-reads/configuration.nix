# The host reads its containers and the containers read the host: a port forwarded to a
# container's address, the host's name inside a container, a secret's path from
# sops-nix, a third-party module ncc does not evaluate but knows where it puts a secret.
{ config, lib, pkgs, ... }:
let
  sopsSrc = builtins.fetchTarball {
    url = "https://github.com/Mic92/sops-nix/archive/master.tar.gz";
  };
in
{
  imports = [ "${sopsSrc}/modules/sops" ];

  networking.hostName = "relay";
  sops.defaultSopsFile = ./secrets.yaml;
  sops.secrets."vpn/key" = { };

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
    forwardPorts = [
      {
        sourcePort = 443;
        proto = "tcp";
        destination = "${config.containers.proxy.localAddress}:443";
      }
    ];
  };

  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.2";
    config = { ... }: {
      networking.hostName = "${config.networking.hostName}-proxy";
      services.haproxy.enable = true;
      system.stateVersion = "25.05";
    };
  };

  containers.vpn = {
    privateNetwork = true;
    hostAddress = "10.250.1.1";
    localAddress = "10.250.1.2";
    enableTun = true;
    bindMounts."/run/keys/vpn" = {
      hostPath = config.sops.secrets."vpn/key".path;
    };
    config = {
      services.openvpn.servers.uplink.config = "config /run/keys/vpn/uplink.conf";
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
