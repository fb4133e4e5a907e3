# A host with the networking containers meet, every host option ncc declares set, and
# the units of two containers tuned through systemd.services."container@<name>".
{ config, lib, ... }:
{
  system.stateVersion = "24.11";
  boot.isContainer = false;
  boot.enableContainers = true;
  virtualisation.containers.enable = false;

  networking = {
    hostName = "edge-1";
    networkmanager.enable = false;
    nftables.enable = false;
    extraHosts = ''
      192.168.1.10 nas.lan
    '';
    bridges.br0.interfaces = [ "enp2s0" ];
    interfaces.enp1s0 = {
      useDHCP = true;
      mtu = 1500;
      ipv6.addresses = [ { address = "2001:db8::10"; prefixLength = 64; } ];
    };
    interfaces.br0.ipv4.addresses = [ { address = "192.168.1.2"; prefixLength = 24; } ];
    nat = {
      enable = true;
      enableIPv6 = false;
      internalInterfaces = [ "ve-+" ];
      internalIPs = [ "10.231.136.0/24" ];
      externalInterface = "enp1s0";
      forwardPorts = [
        { sourcePort = 8080; destination = "${config.containers.web.localAddress}:80"; }
      ];
    };
    firewall = {
      enable = true;
      allowedTCPPorts = [ 22 8080 ];
      allowedUDPPorts = [ 51820 ];
      trustedInterfaces = [ "ve-+" "br0" ];
    };
  };

  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { networking.firewall.allowedTCPPorts = [ 80 ]; };
  };
  containers.lan = {
    privateNetwork = true;
    hostBridge = "br0";
    localAddress = "192.168.1.20/24";
    config = { };
  };

  systemd.services."container@web" = {
    after = [ "network-online.target" ];
    wants = [ "network-online.target" ];
    requires = [ "postgresql.service" ];
    environment.GREETING = "hello world";
    serviceConfig = {
      MemoryMax = "2G";
      CPUQuota = "50%";
      DeviceAllow = [ "/dev/fuse rw" ];
      TimeoutStartSec = lib.mkForce "5min";
    };
  };
  systemd.services."container@lan" = {
    wantedBy = [ "multi-user.target" ];
    unitConfig.RequiresMountsFor = "/srv/lan";
    serviceConfig.Restart = lib.mkForce "always";
  };
}
