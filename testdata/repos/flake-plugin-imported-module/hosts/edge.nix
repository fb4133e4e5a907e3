{ config, lib, ... }:
let
  eth0 = config.site.interfaces.eth0;
in
{
  system.stateVersion = "25.11";
  networking.hostName = "edge";
  networking.interfaces = {
    inherit (config.site.interfaces) eth0;
  };
  networking.nat = {
    enable = true;
    externalInterface = "eth0";
    internalInterfaces = [ "ve-+" ];
  };
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    # The host's end of the link takes eth0's public address.
    hostAddress = (lib.head eth0.ipv4.addresses).address;
    localAddress = "10.231.7.2";
    config = {
      system.stateVersion = "25.11";
      networking.firewall.allowedTCPPorts = [ 443 ];
    };
  };
}
